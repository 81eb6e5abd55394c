// The English messages the first view needs (the map, the shell, the filters, the figures' words, the
// data panel's summary, the linking issues the dataset names, and the few words of later views the
// first view shows too: shared.json), in the page's first download; the
// rest are in ./enRest.ts, loaded when another view opens or the page is idle.
import common from '../messages/en/common.json';
import filters from '../messages/en/filters.json';
import map from '../messages/en/map.json';
import figures from '../messages/en/figures.json';
import loaderFirst from '../messages/en/loaderFirst.json';
import shared from '../messages/en/shared.json';

export default {
  ...common,
  ...filters,
  ...map,
  ...figures,
  ...loaderFirst,
  ...shared,
};
