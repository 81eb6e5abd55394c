// Public surface of the page's languages: which there are, the message function, names in each.
export * from './langs';
import { currentLang } from './current';
export { currentLang };
export { t, pluralCategory, type MessageKey, type Params, type Catalogue, type Message } from './translate';
export { localCountryName, localName, setOfficialNames, type OfficialName } from './names';
export { useLanguage } from './load';

/** 'en' in another language's page, for an element showing the data's English text (notes, titles). */
export function englishLang(): 'en' | undefined {
  return currentLang() === 'en' ? undefined : 'en';
}
