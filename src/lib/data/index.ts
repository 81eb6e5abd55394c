// Public surface of the data layer: schema, parsing, validation, countries and the Dataset.
// No DOM, no runes, no I/O; the browser, the CLIs and the tests all go through here.
// The way through: parseTable (text → records) → headers (which table, which columns) →
// validateTable (records → rows and issues) → loadTables (files → tables) → dataset (linked).
export * from './issues';
export * from './text';
export * from './countries';
export * from './countryResolver';
export * from './dates';
export * from './parseDate';
export * from './vocabulary';
export * from './columns';
export * from './schema';
export * from './parseTable';
export * from './headers';
export * from './validateTable';
export * from './dataset';
export * from './loadTables';
export * from './messages';
