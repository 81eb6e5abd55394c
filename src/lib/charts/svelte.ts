// The Svelte renderers of the charts layer (the pure specs are in ./index.ts).
export { default as PlotFigure } from './PlotFigure.svelte';
export { default as AttendanceMapChart } from './map/AttendanceMapChart.svelte';
export { loadOutlines, loadWorld } from './loadWorld';
export { default as TimelineChart } from './timeline/TimelineChart.svelte';
export { default as ThemesHeatmapChart } from './themes/ThemesHeatmapChart.svelte';
export { default as MatrixChart } from './matrix/MatrixChart.svelte';
