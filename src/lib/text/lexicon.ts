import { foldWord } from './fold';
import { stemWord } from './stem';
import { tokenize } from './tokenize';

/** A theme as the analyser needs it: an id and its keywords and phrases. */
export interface ThemeTerms {
  id: string;
  keywords: readonly string[];
}

/** What a match stands for: the theme and the keyword as the taxonomy writes it. */
export interface LexiconEntry {
  theme: string;
  keyword: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: LexiconEntry;
}

/** The taxonomy compiled for matching: a trie of stemmed keyword sequences. */
export interface Lexicon {
  root: TrieNode;
  /** The most words in one keyword phrase (the analyser's look-ahead). */
  longest: number;
  /** Theme ids in taxonomy order. */
  themes: string[];
  /** Keywords that could not be used: empty ones, or one already claimed by an earlier theme. */
  conflicts: { theme: string; keyword: string; reason: string }[];
}

const stemCache = new Map<string, string>();

/**
 * The stem of a word as written: folded (case, diacritics) then stemmed. Memoised, because a text
 * repeats a small vocabulary; the cache is dropped when it grows past 200,000 words.
 */
export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size > 200_000) stemCache.clear();
    stem = stemWord(foldWord(word));
    stemCache.set(word, stem);
  }
  return stem;
}

/** Splits a themes.csv keywords cell ("cybercrime|cyber crime") into trimmed, non-empty keywords. */
export function splitKeywords(cell: string): string[] {
  return cell
    .split('|')
    .map((k) => k.trim())
    .filter(Boolean);
}

/**
 * Compiles themes into a Lexicon. Keywords are tokenised and stemmed exactly like the text, so
 * "capacity-building" and "Capacity building" are one phrase. A keyword that two themes share is
 * kept for the first theme only (a match counts once) and reported in `conflicts`.
 */
export function compileLexicon(themes: readonly ThemeTerms[]): Lexicon {
  const root: TrieNode = { next: new Map() };
  const conflicts: Lexicon['conflicts'] = [];
  let longest = 0;
  for (const theme of themes) {
    for (const keyword of theme.keywords) {
      const stems = [...tokenize(keyword)].map((t) => stemOf(t.text));
      if (stems.length === 0) {
        conflicts.push({ theme: theme.id, keyword, reason: 'has no words' });
        continue;
      }
      let node = root;
      for (const stem of stems) {
        let child = node.next.get(stem);
        if (!child) node.next.set(stem, (child = { next: new Map() }));
        node = child;
      }
      if (node.entry && node.entry.theme !== theme.id)
        conflicts.push({ theme: theme.id, keyword, reason: `is already a keyword of ${node.entry.theme}` });
      else node.entry ??= { theme: theme.id, keyword };
      longest = Math.max(longest, stems.length);
    }
  }
  return { root, longest, themes: themes.map((t) => t.id), conflicts };
}
