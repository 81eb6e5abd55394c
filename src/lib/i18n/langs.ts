/** The six official languages of the United Nations, in which the atlas speaks (URL `lang=`). */
export const LANGS = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, for the language menu (a reader finds their own). */
export const AUTONYMS: Readonly<Record<Lang, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  zh: '中文',
  ar: 'العربية',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The writing direction of a language's page. */
export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The first of the reader's languages (as the browser lists them, "fr-CA", "zh-Hans-CN") that is one
 * of the six; English otherwise.
 */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/**
 * The locale numbers and dates are written in. Arabic keeps the Western Arabic digits, as the
 * United Nations' Arabic pages and Arabic-language data sites print figures and years.
 */
export function formatLocale(lang: Lang): string {
  return lang === 'ar' ? 'ar-u-nu-latn' : lang === 'en' ? 'en-GB' : lang;
}
