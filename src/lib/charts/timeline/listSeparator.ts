import { currentLang, type Lang } from '$lib/i18n';

// The comma that separates the items of a plain list (of themes, of source sites) in each language.
const SEPARATORS: Readonly<Record<Lang, string>> = {
  en: ', ',
  fr: ', ',
  es: ', ',
  ru: ', ',
  zh: '、',
  ar: '، ',
};

/** What goes between the items of a list with no "and" in the page's language: ", " ("、" in Chinese). */
export function listSeparator(): string {
  return SEPARATORS[currentLang()];
}

/** Stands in a message for an element the page draws itself (a link, a list of links). */
export const ELEMENT = '\u0000';

/**
 * A whole-sentence message that holds an element: the text before it and after it.
 * With "Sources: {links}" as the message: `around(t(key, { links: ELEMENT }))` → ["Sources: ", ""].
 */
export function around(text: string): [string, string] {
  const at = text.indexOf(ELEMENT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + ELEMENT.length)];
}
