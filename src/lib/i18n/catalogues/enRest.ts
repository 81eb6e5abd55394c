// The English messages of the views after the first (timeline, themes, matrix, table, sources) and
// of the data panel: one chunk, loaded when one of them opens or the page is idle (./load.ts).
import timeline from '../messages/en/timeline.json';
import themes from '../messages/en/themes.json';
import matrix from '../messages/en/matrix.json';
import table from '../messages/en/table.json';
import sources from '../messages/en/sources.json';
import loader from '../messages/en/loader.json';

export default {
  ...timeline,
  ...themes,
  ...matrix,
  ...table,
  ...sources,
  ...loader,
};
