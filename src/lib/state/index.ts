// Public surface of the state layer: URL ⇄ filters (pure), browser storage, and the one runes store.
export * from './urlState';
export * from './storage';
export * from './bundled';
export * from './idle';
export { languageFor } from './preferences.svelte';
export { app, AppState, type LoadingFile, type LoadStatus } from './app.svelte';
