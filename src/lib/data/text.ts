/**
 * Folds a label for matching: lower case, no diacritics, "&" as "and", punctuation as spaces.
 * "Côte d’Ivoire" → "cote d ivoire"
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Folds a label further, to one run of letters and digits: how names of conferences, initiatives and
 * themes are matched, so that spacing and punctuation never matter. "GCCS 2015" → "gccs2015"
 */
export const compactKey = (text: string): string => foldKey(text).replace(/ /g, '');

/** Turns a name into a kebab-case id: "Freedom Online Coalition" → "freedom-online-coalition". */
export const slugify = (text: string): string => foldKey(text).replace(/ /g, '-');

/**
 * Edit distance between two short strings, counting a swap of two neighbouring letters as one edit
 * (optimal string alignment), for "did you mean" suggestions: "Frnace" → "France" is 1.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/** True for an absolute http: or https: URL with a dotted host ("https://gov.uk/x"). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
