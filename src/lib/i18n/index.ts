// Public surface of the page's languages: which there are, the message function, numbers and names
// in each. The lowest layer: it imports nothing else of src/lib, and every layer may import it.
import { currentLang } from './current';

export * from './langs';
export { currentLang, connectLanguage, setCurrentLang } from './current';
export { formatCount, numberFormat } from './numbers';
export {
  t,
  pluralCategory,
  setCatalogue,
  type MessageKey,
  type Params,
  type Catalogue,
  type Message,
} from './translate';
export { localCountryName, localName, setOfficialNames, type OfficialName } from './names';
export { loadAllMessages, useLanguage } from './load';

/** 'en' in another language's page, for an element showing the data's English text (notes, titles). */
export function englishLang(): 'en' | undefined {
  return currentLang() === 'en' ? undefined : 'en';
}
