// The zh messages, one file per part of the page (messages/zh/*.json); built into a chunk of their own.
import common from '../messages/zh/common.json';
import filters from '../messages/zh/filters.json';
import map from '../messages/zh/map.json';
import timeline from '../messages/zh/timeline.json';
import themes from '../messages/zh/themes.json';
import matrix from '../messages/zh/matrix.json';
import table from '../messages/zh/table.json';
import sources from '../messages/zh/sources.json';
import figures from '../messages/zh/figures.json';
import loader from '../messages/zh/loader.json';

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
