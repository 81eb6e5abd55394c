import { editDistance, compactKey } from './text';

/** The tables whose ids other tables refer to. */
export type RefTable = 'conferences' | 'initiatives' | 'themes';

/** An id with the label the atlas shows for it and every name a file may write for it. */
export interface NamedId {
  id: string;
  label: string;
  names: string[];
  /** For a conference: the year it opened, which a file's year column can narrow a name down with. */
  year?: number;
}

/**
 * What a user's file may call each conference, initiative and theme: ids, the labels the atlas shows,
 * and the aliases of data/aliases.csv (press names, other languages). Plain data, so that it travels
 * to the loader's worker as it is.
 */
export type Vocabulary = Record<RefTable, NamedId[]>;

/** The rows a vocabulary is built from (validated tables, or anything of their shape). */
export interface VocabularySource {
  conferences?: readonly {
    id: string;
    name: string;
    short_name: string;
    city: string;
    start_date: { iso: string } | null;
  }[];
  initiatives?: readonly { id: string; name: string }[];
  memberships?: readonly { initiative: string }[];
  themes?: readonly { id: string; label: string }[];
  aliases?: readonly { table: string | null; id: string; alias: string }[];
}

/** A name's parenthesised part: "Global Conference on CyberSpace 2015 (GCCS2015)" → GCCS2015. */
const PARENTHESES = /\s*\(([^)]*)\)/g;

/**
 * Builds the vocabulary: each conference by its id, full and short names, the full name without its
 * parenthesised part and that part when it holds a year (GCCS2015), its city when no other conference
 * was held there, and its city with its year; each initiative by id and name (and an acronym it gives
 * in parentheses), each membership register by its id; each theme by id and label; then the aliases.
 */
export function buildVocabulary(source: VocabularySource): Vocabulary {
  const conferences = source.conferences ?? [];
  const cities = new Map<string, number>();
  for (const c of conferences)
    if (c.city) cities.set(compactKey(c.city), (cities.get(compactKey(c.city)) ?? 0) + 1);
  const vocabulary: Vocabulary = {
    conferences: conferences.map((c) => {
      const year = c.start_date ? Number(c.start_date.iso.slice(0, 4)) : undefined;
      const parts = [...c.name.matchAll(PARENTHESES)].map((m) => m[1]!).filter((p) => /\d/.test(p));
      const names = [c.id, c.name, c.name.replace(PARENTHESES, ''), ...parts];
      if (c.short_name) names.push(c.short_name, c.short_name.replace(PARENTHESES, ''));
      if (c.city && cities.get(compactKey(c.city)) === 1) names.push(c.city);
      if (c.city && year) names.push(`${c.city} ${year}`);
      return { id: c.id, label: c.short_name || c.name, names, ...(year ? { year } : {}) };
    }),
    initiatives: (source.initiatives ?? []).map((i) => ({
      id: i.id,
      label: i.name,
      names: [
        i.id,
        i.name,
        ...[...i.name.matchAll(PARENTHESES)].map((m) => m[1]!).filter((p) => /^[A-Z][A-Z0-9-]+$/.test(p)),
      ],
    })),
    themes: (source.themes ?? []).map((t) => ({ id: t.id, label: t.label, names: [t.id, t.label] })),
  };
  const known = new Set(vocabulary.initiatives.map((i) => i.id));
  for (const { initiative } of source.memberships ?? [])
    if (!known.has(initiative)) {
      known.add(initiative);
      vocabulary.initiatives.push({ id: initiative, label: initiative, names: [initiative] });
    }
  for (const { table, id, alias } of source.aliases ?? []) {
    const list = table ? vocabulary[table as RefTable] : undefined;
    if (!list) continue;
    let entry = list.find((e) => e.id === id);
    if (!entry) list.push((entry = { id, label: alias, names: [id] }));
    entry.names.push(alias);
  }
  return vocabulary;
}

/** What a name in a file refers to: one id, or the candidates it could be (several, or the nearest). */
export type Resolution = { ok: true; id: string } | { ok: false; ambiguous: boolean; candidates: NamedId[] };

const indexes = new WeakMap<NamedId[], Map<string, NamedId[]>>();

/** The ids each compact name stands for (several for a name like "GCCS"), built once per list. */
function indexOf(list: NamedId[]): Map<string, NamedId[]> {
  let index = indexes.get(list);
  if (index) return index;
  index = new Map();
  for (const entry of list)
    // "The Hague 2015" is also found as "Hague 2015".
    for (const name of entry.names.flatMap((n) => [n, n.replace(/^\s*the\s+/i, '')])) {
      const key = compactKey(name);
      if (!key) continue;
      const ids = index.get(key);
      if (!ids) index.set(key, [entry]);
      else if (!ids.includes(entry)) ids.push(entry);
    }
  indexes.set(list, index);
  return index;
}

/**
 * Finds what a file's value names in one table, ignoring case, accents, spacing and punctuation:
 * "GCCS 2015", "gccs2015" and "The Hague" → the-hague-2015. A name that fits several ids ("GCCS") is
 * narrowed by `year` when the row gives one; otherwise it is ambiguous, with its candidates. A name
 * that fits none comes back with the nearest names as candidates.
 */
export function resolveReference(
  vocabulary: Vocabulary,
  table: RefTable,
  raw: string,
  year?: number,
): Resolution {
  const list = vocabulary[table];
  const index = indexOf(list);
  const key = compactKey(raw);
  let found = index.get(key);
  if (found && found.length > 1 && year !== undefined) {
    const narrowed = found.filter((e) => e.year === year);
    if (narrowed.length) found = narrowed;
  }
  if (found?.length === 1) return { ok: true, id: found[0]!.id };
  if (found) return { ok: false, ambiguous: true, candidates: found };
  return { ok: false, ambiguous: false, candidates: nearest(index, key) };
}

/** The entries whose names come closest to a key (up to three, each within a third of its length). */
function nearest(index: Map<string, NamedId[]>, key: string): NamedId[] {
  if (key.length < 3) return [];
  const scored: { entry: NamedId; score: number }[] = [];
  for (const [name, entries] of index) {
    if (Math.abs(name.length - key.length) > key.length / 3) continue;
    const score = editDistance(key, name);
    if (score <= Math.max(1, Math.floor(key.length / 3)))
      for (const entry of entries) scored.push({ entry, score });
  }
  const out: NamedId[] = [];
  for (const { entry } of scored.sort((a, b) => a.score - b.score))
    if (!out.includes(entry) && out.push(entry) === 3) break;
  return out;
}
