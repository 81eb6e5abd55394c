import { mount } from 'svelte';
import App from './App.svelte';
import { loadWorld } from '$lib/charts/loadWorld';
import { app, parseFilters } from '$lib/state';
import './styles/global.css';

// Fetch what the map needs while the app boots, in parallel rather than one after another
// (shell → map view → shapes). Both are memoised, so the view's own imports reuse these.
const first = parseFilters(new URLSearchParams(location.search)).filters;
if ((first.embed ?? first.view) === 'map') {
  void loadWorld();
  void import('./views/MapView.svelte');
}

app.start();
mount(App, { target: document.getElementById('app')! });
