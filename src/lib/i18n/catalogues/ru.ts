// The ru messages, one file per part of the page (messages/ru/*.json); built into a chunk of their own.
import common from '../messages/ru/common.json';
import filters from '../messages/ru/filters.json';
import map from '../messages/ru/map.json';
import timeline from '../messages/ru/timeline.json';
import themes from '../messages/ru/themes.json';
import matrix from '../messages/ru/matrix.json';
import table from '../messages/ru/table.json';
import sources from '../messages/ru/sources.json';
import figures from '../messages/ru/figures.json';
import loader from '../messages/ru/loader.json';

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
