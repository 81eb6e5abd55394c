/**
 * Folds one word for matching: Unicode compatibility forms, no diacritics, lower case, typographic
 * apostrophes as ASCII. Locale-independent on purpose, so the browser and the CLI agree.
 * "Sécurité" → "securite", "State’s" → "state's", "ﬁnance" → "finance"
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'");
}
