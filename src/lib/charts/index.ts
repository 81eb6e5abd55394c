// Public surface of the charts layer: pure spec builders, geometry and palettes (no Svelte here;
// the components are in ./svelte.ts so that Node can build specs without a compiler).
export * from './palette';
export * from './geo';
export * from './tagElements';
export * from './svgTree';
export * from './map/mapLayers';
export * from './map/mapSpec';
export * from './map/mapFrame';
export * from './drawWidth';
export * from './map/mapStyles';
export * from './timeline/timelineSpec';
export * from './timeline/timelineWindow';
export * from './themes/themesSpec';
export * from './themes/themesScale';
export * from './figure/figureFrame';
export * from './figure/figureLegends';
export * from './map/mapLabels';
