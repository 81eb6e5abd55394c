import { mount } from 'svelte';
import App from './App.svelte';
import { app, languageFor, loadBundledFirst, parseFilters } from '$lib/state';
import { useLanguage } from '$lib/i18n';
import { loadView } from './views/loadView';
import { mapDrawWidth, screenSize } from '$lib/charts/drawWidth';
import { FIRST_VIEW_WAIT_MS } from './firstView';

/** What the first map is drawn from: outlines made at build time, unless it opens zoomed in. */
const firstWorld = (loaders: typeof import('$lib/charts/loadWorld'), region: string | null) =>
  region ? loaders.loadWorld() : loaders.loadOutlines(mapDrawWidth(screenSize()));

/**
 * Starts the store (URL, bundled data) and mounts the app in `target`. What the first view needs
 * (its module, the first data, on the map the world's shapes) is already on its way (main.ts asked
 * for all of it at once); waiting for it here, briefly, lets the page be built once, whole, instead of
 * laid out and painted empty and then again filled in.
 */
export async function mountApp(target: HTMLElement): Promise<void> {
  const { filters } = parseFilters(new URLSearchParams(location.search));
  const view = filters.embed ?? filters.view;
  const parts = Promise.all([
    loadBundledFirst(),
    useLanguage(languageFor(filters)),
    loadView(view),
    view === 'map' ? import('$lib/charts/loadWorld').then((m) => firstWorld(m, filters.region)) : null,
  ]);
  const ready = await Promise.race([
    parts.then(
      () => true,
      () => false,
    ),
    new Promise<false>((wait) => setTimeout(() => wait(false), FIRST_VIEW_WAIT_MS)),
  ]);
  // The store starts only now: it fetches the rest of the data when the browser is idle, and the
  // wait above is idle time; that download would delay the first view, not follow it.
  app.start();
  // With the first data in, the store links it in its own turn on that same promise, before this
  // one resumes: the app mounts with its data.
  if (ready) await loadBundledFirst();
  mount(App, { target });
}
