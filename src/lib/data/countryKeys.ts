import { foldKey } from './text';

/*
 * The normalisation rules that let one library name match the many ways registers write it. Both
 * sides go through them: the names the index is built from, and the cell being resolved. Each rule
 * is small on purpose; the index then needs no hand-written variants.
 */

/**
 * Words that carry no identity in a country name: articles and "of" in English, French and
 * Spanish. "Gambia, The", "the Gambia", "Republic of the Congo" and "Congo, Rep." then meet.
 */
const FILLER = new Set([
  'the',
  'of',
  'de',
  'du',
  'des',
  'd',
  'del',
  'la',
  'le',
  'les',
  'l',
  'el',
  'los',
  'las',
]);

/**
 * Words written out in one register and abbreviated in another, each reduced to one short form.
 * "federal" and "federated" share "fed" so that "Fed. Rep." and "Fed. Sts." both meet their long
 * forms; "y" and "et" are the Spanish and French "and".
 */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  republic: 'rep',
  republique: 'rep',
  republica: 'rep',
  democratic: 'dem',
  democratique: 'dem',
  democratica: 'dem',
  federal: 'fed',
  federated: 'fed',
  states: 'sts',
  saint: 'st',
  islands: 'is',
  et: 'and',
  y: 'and',
};

/** Acronyms that stand for several words: "Lao PDR", "Korea, DPR", "Venezuela, RB". */
const ACRONYMS: Readonly<Record<string, string[]>> = {
  pdr: ['people', 's', 'dem', 'rep'],
  dpr: ['dem', 'people', 's', 'rep'],
  rb: ['bolivarian', 'rep'],
};

/**
 * The matching key of a name: folded ("Côte d’Ivoire" → "cote d ivoire"), dotted initials joined
 * ("U.S.A." → "usa"), abbreviations and long forms reduced alike ("St." and "Saint" → "st",
 * "Rep." and "Republic" → "rep"), acronyms spelt out, filler words dropped.
 * countryKey("St. Vincent & the Grenadines") → "st vincent and grenadines".
 */
export function countryKey(name: string): string {
  const words: string[] = [];
  for (const word of joinInitials(foldKey(name).split(' '))) {
    if (!word || FILLER.has(word)) continue;
    const spelt = ACRONYMS[word];
    if (spelt) words.push(...spelt);
    else words.push(SHORT_FORMS[word] ?? word);
  }
  return words.join(' ');
}

/** Runs of single letters as one word ("u s a" → "usa", "p d r" → "pdr"); a lone letter stays. */
function joinInitials(tokens: string[]): string[] {
  const words: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.length === 1) {
      run += token;
      continue;
    }
    if (run) words.push(run);
    run = '';
    words.push(token);
  }
  if (run) words.push(run);
  return words;
}

/**
 * The inverted reading of a name that registers write qualifier last: "Korea, Rep." → "Rep. Korea",
 * "Iran (Islamic Republic of)" → "Islamic Republic of Iran", "Virgin Islands (U.S.)" →
 * "U.S. Virgin Islands". Undefined when the name has neither one comma nor a closing bracket.
 */
export function invertedName(name: string): string | undefined {
  if (!name.includes(',') && !name.includes(')')) return undefined;
  const bracket = /^(.+?)\s*\((.+)\)\s*$/.exec(name);
  if (bracket) return `${bracket[2]} ${bracket[1]}`;
  const parts = name.split(',');
  if (parts.length === 2) return `${parts[1]} ${parts[0]}`;
  return undefined;
}

/**
 * The name without its bracketed part, for library names such as "Holy See (Vatican City State)"
 * or "Saint-Siège (Vatican)" that files write without the brackets. Undefined without brackets.
 */
export function unbracketedName(name: string): string | undefined {
  if (!name.includes('(')) return undefined;
  const stripped = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return stripped && stripped !== name.trim() ? stripped : undefined;
}

const SAR = /\b(sar|special administrative region)\b/;
const OF_CHINA = /\b(people s rep china|china)\b/g;

/**
 * The territory a Special Administrative Region form names: "Hong Kong SAR, China" and "China,
 * Macao Special Administrative Region" → "hong kong" and "macao". Undefined for other keys.
 */
export function withoutSar(key: string): string | undefined {
  if (!SAR.test(key)) return undefined;
  const rest = key.replace(SAR, ' ').replace(OF_CHINA, ' ').replace(/\s+/g, ' ').trim();
  return rest || undefined;
}

const KINGDOM = /^(kingdom|royaume|reino) /;

/**
 * The state a "Kingdom of …" form names: "Royaume des Pays-Bas" → "pays bas". Only kingdoms: a
 * "Republic of …" prefix cannot go ("Republic of China" is not China).
 */
export function withoutKingdom(key: string): string | undefined {
  return KINGDOM.test(key) ? key.replace(KINGDOM, '') : undefined;
}

/**
 * A territory named with "Islands" where the library's name has none: "Wallis and Futuna Islands"
 * (UN M49) → "wallis and futuna". Undefined for other keys.
 */
export function withoutIslands(key: string): string | undefined {
  return key.endsWith(' is') ? key.slice(0, -3) : undefined;
}

const GENERIC = new Set([...Object.values(SHORT_FORMS), ...Object.values(ACRONYMS).flat()]);
GENERIC.add('islamic');

/**
 * True when a key holds only words any state may use ("Rep.", "Islands", "Democratic Republic"),
 * which must never resolve, however a library spells some state.
 */
export function isGenericKey(key: string): boolean {
  return key.split(' ').every((word) => GENERIC.has(word));
}

/** Every key a cell is looked up under, most literal first; none for a key of generic words. */
export function lookupKeys(name: string): string[] {
  const direct = countryKey(name);
  if (isGenericKey(direct)) return [];
  const keys = [direct];
  const inverted = invertedName(name);
  if (inverted) keys.push(countryKey(inverted));
  for (const derived of [withoutSar(direct), withoutKingdom(direct), withoutIslands(direct)])
    if (derived && !isGenericKey(derived)) keys.push(derived);
  return keys;
}
