// Public surface of the query layer: the filter state and the pure selectors views build on.
export * from './filters';
export * from './selectMap';
export * from './resolveFilters';
export * from './applyFilters';
export * from './selectStateProfile';
export * from './describeMap';
export * from './selectMapLayers';
export * from './selectMapView';
export * from './selection';
export * from './chips';
export * from './selectTable';
export * from './tableRows';
export * from './selectSources';
export * from './summary';
export * from './selectTimeline';
export * from './selectThemes';
export * from './figureNotes';
