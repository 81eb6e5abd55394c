// The English messages, one file per part of the page (messages/en/*.json), whole: for the
// command-line tools, the tests, and a message no module of the page names. The built page has its
// English from the modules that name it (../english.ts).
import common from '../messages/en/common.json';
import filters from '../messages/en/filters.json';
import map from '../messages/en/map.json';
import timeline from '../messages/en/timeline.json';
import themes from '../messages/en/themes.json';
import matrix from '../messages/en/matrix.json';
import table from '../messages/en/table.json';
import sources from '../messages/en/sources.json';
import figures from '../messages/en/figures.json';
import loader from '../messages/en/loader.json';

export default {
  ...common,
  ...filters,
  ...map,
  ...timeline,
  ...themes,
  ...matrix,
  ...table,
  ...sources,
  ...figures,
  ...loader,
};
