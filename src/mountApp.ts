import { mount } from 'svelte';
import App from './App.svelte';
import { app } from '$lib/state';

/** Starts the store (URL, bundled data) and mounts the app in `target`. */
export function mountApp(target: HTMLElement): void {
  app.start();
  mount(App, { target });
}
