// Public surface of the formatters: dates at their own precision, numbers, lists, source labels.
export * from './formatDate';
export * from './formatNumber';
export * from './formatSource';
export * from './formatNames';
