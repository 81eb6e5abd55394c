import en from './catalogues/en';
import { setCountryNamer } from './names';
import { formatLocale, type Lang } from './langs';
import { setCatalogue, type Catalogue } from './translate';

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
    setCatalogue('en', en);
    return;
  }
  const [messages] = await Promise.all([CATALOGUES[lang](), loadCountryNamer()]);
  if (wanted === lang) setCatalogue(lang, messages.default);
}

let namer: Promise<void> | null = null;

/** State names in any language from Intl.DisplayNames, by the ISO 3166 alpha-2 codes of a library. */
function loadCountryNamer(): Promise<void> {
  namer ??= import('i18n-iso-countries').then(({ default: iso }) => {
    const displayNames = new Map<Lang, Intl.DisplayNames>();
    setCountryNamer((iso3, lang) => {
      // Kosovo has no ISO code; XK is the user-assigned one Intl and the EU use.
      const alpha2 = iso3 === 'XKX' ? 'XK' : iso.alpha3ToAlpha2(iso3);
      if (!alpha2) return undefined;
      let names = displayNames.get(lang);
      if (!names) {
        names = new Intl.DisplayNames(formatLocale(lang), { type: 'region', fallback: 'none' });
        displayNames.set(lang, names);
      }
      return names.of(alpha2);
    });
  });
  return namer;
}
