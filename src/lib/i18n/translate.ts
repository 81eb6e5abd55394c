import { formatCount } from './numbers';
import en from './catalogues/en';
import { currentLang, setCurrentLang } from './current';
import { formatLocale, type Lang } from './langs';

/** A message with a form per plural category of its language ("one", "few", "many", "other", …). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
/** One message: text with `{name}` placeholders, or its plural forms, chosen by the `count` param. */
export type Message = string | PluralForms;
/** One language's messages, by key. */
export type Catalogue = Readonly<Record<string, Message>>;
/** A key of the English catalogue, which every other catalogue has too (a unit test checks it). */
export type MessageKey = keyof typeof en;
/**
 * The values put into a message's placeholders. `count` chooses the plural form and is written as a
 * count ("1,600" in English); other numbers are written as they are (a year stays "2015"), so format
 * any other figure before passing it.
 */
export type Params = Readonly<Record<string, string | number>>;

const english: Catalogue = en;
let catalogue: Catalogue = english;
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Puts a language's messages in effect (./load.ts loads them). */
export function setCatalogue(lang: Lang, messages: Catalogue): void {
  catalogue = messages;
  setCurrentLang(lang);
}

/** The plural category of `count` in the current language. */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  const lang = currentLang();
  // English needs no ICU (the first number format or rule a page makes costs it 10–15 ms).
  if (lang === 'en') return count === 1 ? 'one' : 'other';
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(formatLocale(lang))));
  return rules.select(count);
}

/**
 * The message `key` in the page's language, its placeholders filled:
 * t(key, { count: 41 }) → "41 states documented". Always plain text, never HTML.
 */
export function t(key: MessageKey, params?: Params): string {
  const message = catalogue[key] ?? english[key] ?? key;
  const count = params?.count;
  const text =
    typeof message === 'string'
      ? message
      : (message[pluralCategory(typeof count === 'number' ? count : Number(count))] ?? message.other);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return name === 'count' && typeof value === 'number' ? formatCount(value) : String(value);
  });
}
