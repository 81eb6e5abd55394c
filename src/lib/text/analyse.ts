import { stemOf, type Lexicon } from './lexicon';
import { tokenize, type Token } from './tokenize';

/** One keyword found in a text. */
export interface ThemeMatch {
  theme: string;
  /** The keyword as the taxonomy writes it. */
  keyword: string;
  /** Character offsets of the matched words in the text (text.slice(start, end) is what was read). */
  start: number;
  end: number;
  /** Index of the first matched word (0-based), for "word 1,204 of 2,678". */
  word: number;
}

/** What the analyser found in one text. */
export interface TextAnalysis {
  words: number;
  /** Matches per theme id (every theme of the lexicon, zero included). */
  counts: Record<string, number>;
  /** Matches per 1,000 words (0 for an empty text). */
  per1000: Record<string, number>;
  /** Every match, in text order. */
  matches: ThemeMatch[];
}

interface Pending {
  stem: string;
  token: Token;
  word: number;
}

/**
 * Counts theme mentions in a text. Words are found with Intl.Segmenter, folded and stemmed; at each
 * word the longest keyword phrase that starts there wins (so phrases come before single words:
 * "international security" is one mention of international security, not also one of a theme
 * keyed on "security"), and the words it covers are consumed, so overlapping keywords never count
 * twice. Phrases do not run across punctuation. Pure; the browser and the CLI both call it.
 */
export function analyseText(text: string, lexicon: Lexicon): TextAnalysis {
  const counts: Record<string, number> = {};
  for (const id of lexicon.themes) counts[id] = 0;
  const matches: ThemeMatch[] = [];
  // A window of at most `longest` words: enough look-ahead for the longest phrase, so memory stays
  // flat however long the text is.
  const window: Pending[] = [];
  const span = Math.max(1, lexicon.longest);
  let words = 0;

  const matchAtStart = (): void => {
    let node = lexicon.root.next.get(window[0]!.stem);
    let best = 0;
    let entry = node?.entry;
    if (entry) best = 1;
    for (let i = 1; node && i < window.length && !window[i]!.token.breakBefore; i++) {
      node = node.next.get(window[i]!.stem);
      if (node?.entry) {
        best = i + 1;
        entry = node.entry;
      }
    }
    if (best === 0 || !entry) {
      window.shift();
      return;
    }
    const first = window[0]!;
    matches.push({
      theme: entry.theme,
      keyword: entry.keyword,
      start: first.token.start,
      end: window[best - 1]!.token.end,
      word: first.word,
    });
    counts[entry.theme] = (counts[entry.theme] ?? 0) + 1;
    window.splice(0, best);
  };

  for (const token of tokenize(text)) {
    window.push({ stem: stemOf(token.text), token, word: words++ });
    if (window.length >= span) matchAtStart();
  }
  while (window.length) matchAtStart();

  const per1000: Record<string, number> = {};
  for (const [id, n] of Object.entries(counts)) per1000[id] = words ? (n / words) * 1000 : 0;
  return { words, counts, per1000, matches };
}
