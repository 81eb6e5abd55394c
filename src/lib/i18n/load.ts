import { setCountryNamer } from './names';
import type { Lang } from './langs';
import { addEnglish } from './english';
import { onMissingMessage, setCatalogue, type Catalogue } from './translate';
import { notifyLanguageChange } from './current';

// Each language is a chunk of its own: a reader pays for the messages of the language they read.
const CATALOGUES: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<{ default: Catalogue }>>> = {
  fr: () => import('./catalogues/fr'),
  es: () => import('./catalogues/es'),
  ru: () => import('./catalogues/ru'),
  zh: () => import('./catalogues/zh'),
  ar: () => import('./catalogues/ar'),
};

let wanted: Lang = 'en';

/**
 * Loads a language's messages and the state codes its state names need, then puts them in effect.
 * When languages are asked for faster than they arrive, the last one asked for wins.
 */
export async function useLanguage(lang: Lang): Promise<void> {
  wanted = lang;
  if (lang === 'en') {
    setCatalogue('en');
    return;
  }
  const [messages] = await Promise.all([CATALOGUES[lang](), loadCountryNamer()]);
  if (wanted === lang) setCatalogue(lang, messages.default);
}

let namer: Promise<void> | null = null;

/** State names in any language from Intl.DisplayNames (./countryNamer.ts), once its codes arrive. */
function loadCountryNamer(): Promise<void> {
  namer ??= import('./countryNamer').then((m) => setCountryNamer(m.countryNameIn));
  return namer;
}

let whole: Promise<void> | null = null;

/**
 * Loads the whole English catalogue. Node's tools and the tests call it first; the built page only
 * when it meets a message none of its modules named (a loader issue written in the worker).
 */
export function loadAllMessages(): Promise<void> {
  whole ??= import('./catalogues/en').then((m) => {
    addEnglish(m.default);
    notifyLanguageChange();
  });
  return whole;
}

// A message asked for before its words arrived starts loading them (once).
onMissingMessage(() => void loadAllMessages());
