import type { Component } from 'svelte';
import { loadLaterMessages } from '$lib/i18n';
import type { View } from '$lib/query';

/** A view's module: its component, which takes `embed` (chart only, minimal chrome). */
export interface ViewModule {
  default: Component<{ embed?: boolean }>;
}

// Each view is its own chunk, loaded when first shown. The views after the map also wait for their
// English words, which are not part of the first download (in other languages they came whole).
const withWords = (load: () => Promise<ViewModule>) => () =>
  Promise.all([load(), loadLaterMessages()]).then(([module]) => module);
const LOADERS: Record<View, () => Promise<ViewModule>> = {
  map: () => import('./MapView.svelte'),
  timeline: withWords(() => import('./TimelineView.svelte')),
  themes: withWords(() => import('./ThemesView.svelte')),
  matrix: withWords(() => import('./MatrixView.svelte')),
  table: withWords(() => import('./TableView.svelte')),
  sources: withWords(() => import('./SourcesView.svelte')),
};

const loaded = new Map<View, ViewModule>();

/**
 * A view's module: the module itself once it has loaded, else a promise of it. Given the module,
 * `{#await}` renders the view at once, without waiting for a promise to settle first.
 */
export function loadView(view: View): ViewModule | Promise<ViewModule> {
  return (
    loaded.get(view) ??
    LOADERS[view]().then((module) => {
      loaded.set(view, module);
      return module;
    })
  );
}
