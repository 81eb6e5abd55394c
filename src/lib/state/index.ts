// Public surface of the state layer: URL ⇄ filters (pure) and the app's one runes store.
export * from './urlState';
export { app, AppState, type LoadStatus } from './app.svelte';
