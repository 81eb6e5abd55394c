import { mount } from 'svelte';
import App from './App.svelte';
import { app, loadBundledFirst } from '$lib/state';
import { loadView } from './views/loadView';

/** At most this long (ms) the page waits for its first view's parts before it shows what it has. */
const FIRST_VIEW_WAIT_MS = 1000;

/**
 * Starts the store (URL, bundled data) and mounts the app in `target`. What the first view needs
 * (its module, the first data, on the map the world's shapes) is already on its way (main.ts asked
 * for all of it at once); waiting for it here, briefly, lets the page be built once, whole, instead of
 * laid out and painted empty and then again filled in.
 */
export async function mountApp(target: HTMLElement): Promise<void> {
  app.start();
  const view = app.filters.embed ?? app.filters.view;
  const parts = Promise.all([
    loadBundledFirst(),
    loadView(view),
    view === 'map' ? import('$lib/charts/loadWorld').then((m) => m.loadWorld()) : null,
  ]);
  await Promise.race([parts.catch(() => null), new Promise((wait) => setTimeout(wait, FIRST_VIEW_WAIT_MS))]);
  mount(App, { target });
}
