import './styles/global.css';
import { mapDrawWidth, screenSize } from './lib/charts/drawWidth';
import { MAP_OUTLINES } from './lib/charts/outlines';
import { firstViewOf } from './firstView';

// This entry imports nothing but a few constants (what the first view needs is declared in
// ./firstView), so it runs as soon as it arrives: it asks for the
// app and, when the first view is the map, for what the map needs, all at once, rather than one after
// another (app → map view → shapes and data). Each is a module import, so later imports reuse them.
// The view is read from the URL directly here (the app's own parser is in the app's chunk); a guess
// that is wrong only costs a prefetch.
const params = new URLSearchParams(location.search);
if (firstViewOf(params) === 'map') {
  // The map's outlines (or, zoomed in, its shapes) first: the largest file, which the loader would
  // only ask for once its own chunk came.
  if (params.get('region')) void import('world-atlas/countries-110m.json');
  else void MAP_OUTLINES[mapDrawWidth(screenSize())]();
  void import('./views/MapView.svelte');
}
void import('virtual:bundled-tables/first');
void import('./mountApp').then(({ mountApp }) => mountApp(document.getElementById('app')!));
