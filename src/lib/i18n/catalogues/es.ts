// The es messages, one file per part of the page (messages/es/*.json); built into a chunk of their own.
import common from '../messages/es/common.json';
import filters from '../messages/es/filters.json';
import map from '../messages/es/map.json';
import timeline from '../messages/es/timeline.json';
import themes from '../messages/es/themes.json';
import matrix from '../messages/es/matrix.json';
import table from '../messages/es/table.json';
import sources from '../messages/es/sources.json';
import figures from '../messages/es/figures.json';
import loader from '../messages/es/loader.json';

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
