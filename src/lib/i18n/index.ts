// Public surface of the page's languages: which there are, the message function, names in each.
export * from './langs';
export { currentLang } from './current';
export { t, pluralCategory, type MessageKey, type Params, type Catalogue, type Message } from './translate';
export { localCountryName, localName, setOfficialNames, type OfficialName } from './names';
export { useLanguage } from './load';
