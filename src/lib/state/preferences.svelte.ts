import { connectLanguage, isLang, pickLang, type Lang } from '$lib/i18n';
import type { Filters, Scheme } from '$lib/query';

// Every t(), number or date formatted in a template or a $derived reads this version, so a change of
// language draws again exactly what is written in words, and nothing else.
let languageVersion = $state(0);
connectLanguage({
  observe: () => void languageVersion,
  changed: () => void languageVersion++,
});

const SCHEME_KEY = 'london-process-atlas:scheme';
const LANG_KEY = 'london-process-atlas:lang';

/** A choice kept in this browser, when it is one `valid` accepts (null if none, or storage is off). */
function readKept<T extends string>(key: string, valid: (value: unknown) => value is T): T | null {
  try {
    const saved = globalThis.localStorage?.getItem(key);
    return valid(saved) ? saved : null;
  } catch {
    return null;
  }
}

/** Keeps a choice for the next visits (silently, if storage is off: it then holds for this visit). */
function keep(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage off.
  }
}

const isKeptScheme = (value: unknown): value is 'light' | 'dark' => value === 'light' || value === 'dark';

/**
 * The language a page opens in: the URL's `lang=`, else the reader's kept choice, else the first of
 * the browser's languages that is one of the six, else English.
 */
export function languageFor(filters: Pick<Filters, 'lang'>, kept = readKept(LANG_KEY, isLang)): Lang {
  return filters.lang ?? kept ?? pickLang(globalThis.navigator?.languages ?? []);
}

/** The reader's own choices of colours and language, kept in this browser for the next visits. */
export class Preferences {
  #scheme = $state<Scheme>(readKept(SCHEME_KEY, isKeptScheme) ?? 'auto');
  #lang = $state<Lang | null>(readKept(LANG_KEY, isLang));

  /** The kept scheme ('auto' follows the system). */
  get scheme(): Scheme {
    return this.#scheme;
  }

  set scheme(scheme: Scheme) {
    this.#scheme = scheme;
    keep(SCHEME_KEY, scheme);
  }

  /** The kept language, or null when the reader never chose one. */
  get lang(): Lang | null {
    return this.#lang;
  }

  set lang(lang: Lang) {
    this.#lang = lang;
    keep(LANG_KEY, lang);
  }
}
