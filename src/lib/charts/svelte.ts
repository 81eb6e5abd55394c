// The Svelte renderers of the charts layer (the pure specs are in ./index.ts).
export { default as PlotFigure } from './PlotFigure.svelte';
export { default as AttendanceMapChart } from './map/AttendanceMapChart.svelte';
export { loadOutlines, loadWorld } from './loadWorld';

/**
 * The map's figure legend builder (what a download prints around the map), loaded apart: only
 * downloads and print need it, so the map's first view does not wait for it.
 */
export const loadMapFigureLegend = async (): Promise<
  typeof import('./figure/figureLegends').mapFigureLegend
> => (await import('./figure/figureLegends')).mapFigureLegend;
export { default as TimelineChart } from './timeline/TimelineChart.svelte';
export { default as ThemesHeatmapChart } from './themes/ThemesHeatmapChart.svelte';
export { default as MatrixChart } from './matrix/MatrixChart.svelte';
