// The fr messages, one file per part of the page (messages/fr/*.json); built into a chunk of their own.
import common from '../messages/fr/common.json';
import filters from '../messages/fr/filters.json';
import map from '../messages/fr/map.json';
import timeline from '../messages/fr/timeline.json';
import themes from '../messages/fr/themes.json';
import matrix from '../messages/fr/matrix.json';
import table from '../messages/fr/table.json';
import sources from '../messages/fr/sources.json';
import figures from '../messages/fr/figures.json';
import loader from '../messages/fr/loader.json';

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
