// Public surface of the text layer: theme-mention counting shared by the browser and the CLI.
// Pure: no DOM, no I/O.
export * from './fold';
export * from './stem';
export * from './tokenize';
export * from './lexicon';
export * from './analyse';
export * from './kwic';
export * from './mentions';
