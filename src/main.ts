import { mount } from 'svelte';
import App from './App.svelte';
import { app } from '$lib/state';
import './styles/global.css';

app.start();
mount(App, { target: document.getElementById('app')! });
