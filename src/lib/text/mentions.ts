import type { Theme } from '$lib/data';
import type { TextAnalysis } from './analyse';
import { compileLexicon, splitKeywords, type Lexicon } from './lexicon';

/** The lexicon for the themes of a dataset (themes.csv rows), in taxonomy order. */
export function lexiconFor(themes: readonly Pick<Theme, 'id' | 'keywords'>[]): Lexicon {
  return compileLexicon(themes.map((t) => ({ id: t.id, keywords: splitKeywords(t.keywords) })));
}

/** One theme_mentions.csv row, as the CLI writes it and the browser builds it for a user's text. */
export interface MentionRow {
  document: string;
  theme: string;
  count: number;
  words: number;
  per_1000: number;
  /** Matched keywords with their counts, most frequent first: "cybercrime:4|law enforcement:2". */
  keywords: string;
}

/** Rounds to two decimals, as the CSV stores rates. */
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The theme_mentions rows of one analysed document: one per theme, zeros included (a zero is a
 * finding; a missing row would read as "not analysed").
 */
export function toMentionRows(document: string, analysis: TextAnalysis): MentionRow[] {
  const byTheme = new Map<string, Map<string, number>>();
  for (const m of analysis.matches) {
    const keywords = byTheme.get(m.theme) ?? new Map<string, number>();
    keywords.set(m.keyword, (keywords.get(m.keyword) ?? 0) + 1);
    byTheme.set(m.theme, keywords);
  }
  return Object.entries(analysis.counts).map(([theme, count]) => ({
    document,
    theme,
    count,
    words: analysis.words,
    per_1000: round2(analysis.per1000[theme] ?? 0),
    keywords: [...(byTheme.get(theme) ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k}:${n}`)
      .join('|'),
  }));
}

/** Parses a keywords cell back into [keyword, count] pairs ("cybercrime:4|fraud:1"). */
export function parseKeywordCounts(cell: string): [string, number][] {
  return cell
    .split('|')
    .map((part) => {
      const at = part.lastIndexOf(':');
      return [part.slice(0, at).trim(), Number(part.slice(at + 1))] as [string, number];
    })
    .filter(([k, n]) => k !== '' && Number.isFinite(n));
}
