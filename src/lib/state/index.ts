// Public surface of the state layer: URL ⇄ filters (pure), browser storage, and the one runes store.
export * from './urlState';
export * from './storage';
export * from './bundled';
export * from './idle';
export { app, AppState, languageFor, type LoadingFile, type LoadStatus } from './app.svelte';
