// The ar messages, one file per part of the page (messages/ar/*.json); built into a chunk of their own.
import common from '../messages/ar/common.json';
import filters from '../messages/ar/filters.json';
import map from '../messages/ar/map.json';
import timeline from '../messages/ar/timeline.json';
import themes from '../messages/ar/themes.json';
import matrix from '../messages/ar/matrix.json';
import table from '../messages/ar/table.json';
import sources from '../messages/ar/sources.json';
import figures from '../messages/ar/figures.json';
import loader from '../messages/ar/loader.json';

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
