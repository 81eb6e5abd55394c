import { formatCount } from './numbers';
import type en from './catalogues/en';
import { currentLang, setCurrentLang } from './current';
import { english } from './english';
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

// English grows as the modules that name its messages arrive (./english.ts); every other language
// comes whole.
let catalogue: Catalogue = english;
const pluralRules = new Map<Lang, Intl.PluralRules>();
let onMissing: (key: string) => void = () => {};

/** Puts a language's messages in effect (./load.ts loads them); English is the messages kept here. */
export function setCatalogue(lang: Lang, messages?: Catalogue): void {
  catalogue = lang === 'en' || !messages ? english : messages;
  setCurrentLang(lang);
}

/** What t() does for a key no loaded catalogue has yet (./load.ts: load the whole of English). */
export function onMissingMessage(handler: (key: string) => void): void {
  onMissing = handler;
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
  // Read in a template, a $derived or an effect, this makes it depend on the language (and on the
  // English that arrives later), so that it is drawn again when the words change.
  currentLang();
  const message = catalogue[key] ?? english[key];
  if (message === undefined) {
    // An English message no module of the page named (a loader's issue, written in the worker): the
    // whole catalogue is on its way, and this is drawn again when it comes.
    onMissing(key);
    return '';
  }
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
