import type { Component } from 'svelte';
import type { View } from '$lib/query';

/** A view's module: its component, which takes `embed` (chart only, minimal chrome). */
export interface ViewModule {
  default: Component<{ embed?: boolean }>;
}

// Each view is its own chunk, loaded when first shown (with its English words, in its code).
const LOADERS: Record<View, () => Promise<ViewModule>> = {
  map: () => import('./MapView.svelte'),
  timeline: () => import('./TimelineView.svelte'),
  themes: () => import('./ThemesView.svelte'),
  matrix: () => import('./MatrixView.svelte'),
  table: () => import('./TableView.svelte'),
  sources: () => import('./SourcesView.svelte'),
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
