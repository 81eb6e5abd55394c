// Public surface of exports: CSV (formula-escaped) and browser downloads.
export * from './toCsv';
export * from './download';
export * from './figureExport';
export * from './figurePackage';
export * from './suggestion';
