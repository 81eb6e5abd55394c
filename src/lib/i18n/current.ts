import type { Lang } from './langs';

/**
 * The language the page speaks now: the one whose messages are loaded. Plain TypeScript, so the
 * command-line tools share it (they stay in English); the page connects it to Svelte's reactivity
 * (./reactive.svelte.ts), so that whatever reads it is drawn again when it changes.
 */
let current: Lang = 'en';
let observe: () => void = () => {};
let changed: () => void = () => {};

/** The language in effect. Read inside a Svelte effect or derived, it makes that depend on it. */
export function currentLang(): Lang {
  observe();
  return current;
}

/** Tells whatever reads the language that the words changed (more messages arrived). */
export function notifyLanguageChange(): void {
  changed();
}

export function setCurrentLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  changed();
}

/** Lets a reactive system see each read of the language (`observe`) and each change (`changed`). */
export function connectLanguage(hooks: { observe: () => void; changed: () => void }): void {
  observe = hooks.observe;
  changed = hooks.changed;
}
