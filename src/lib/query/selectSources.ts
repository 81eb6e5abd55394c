import type { Claim } from '$lib/data';
import { sourceHost } from '$lib/format';
import { currentLang, dirOf, t } from '$lib/i18n';
import type { FilteredData } from './applyFilters';

/** The tables a source can support, as the Sources view names them. */
export type SourceTable =
  'conferences' | 'participation' | 'initiatives' | 'memberships' | 'documents' | 'claims';

/** One public source URL and how many rows of each table rest on it. */
export interface SourceUse {
  /** The URL; '' for rows of the user's own file that give none. */
  url: string;
  rows: Partial<Record<SourceTable, number>>;
  total: number;
}

/** Every source on one host (gov.uk, mofa.go.kr, …), most-used first. */
export interface SourceGroup {
  /** The host; '' for the rows that give no source. */
  host: string;
  urls: SourceUse[];
  total: number;
  tables: SourceTable[];
}

/**
 * Every source the filtered rows rest on, grouped by host, with what each supports:
 * `selectSources(applyFilters(dataset, filters))` → `[{host: 'gov.uk', urls: [{url, rows: {participation: 12}}], …}]`.
 */
export function selectSources(data: FilteredData): SourceGroup[] {
  const byUrl = new Map<string, SourceUse>();
  // A row of the user's own file with no source is listed (under ''), never left out silently.
  const add = (table: SourceTable, list: readonly string[]): void => {
    for (const url of list.length ? list : ['']) {
      let use = byUrl.get(url);
      if (!use) byUrl.set(url, (use = { url, rows: {}, total: 0 }));
      use.rows[table] = (use.rows[table] ?? 0) + 1;
      use.total++;
    }
  };
  for (const c of data.conferences) add('conferences', c.source);
  for (const p of data.participation) add('participation', p.source);
  for (const i of data.initiatives) add('initiatives', i.source);
  for (const m of data.memberships) add('memberships', m.source);
  for (const d of data.documents) add('documents', d.url);
  for (const c of data.claims) add('claims', c.source);

  const groups = new Map<string, SourceGroup>();
  for (const use of byUrl.values()) {
    const host = use.url && sourceHost(use.url);
    let group = groups.get(host);
    if (!group) groups.set(host, (group = { host, urls: [], total: 0, tables: [] }));
    group.urls.push(use);
    group.total += use.total;
    for (const t of Object.keys(use.rows) as SourceTable[])
      if (!group.tables.includes(t)) group.tables.push(t);
  }
  const byUse = (a: { total: number }, b: { total: number }): number => b.total - a.total;
  return [...groups.values()]
    .map((g) => ({ ...g, urls: g.urls.sort((a, b) => byUse(a, b) || a.url.localeCompare(b.url)) }))
    .sort((a, b) => byUse(a, b) || a.host.localeCompare(b.host));
}

/** Sources that give different figures for the same thing (one conference, one measure). */
export interface Disagreement {
  conference: string;
  measure: string;
  /** Each source's figure, lowest first; both sides are kept, each with its source. */
  claims: Claim[];
}

/**
 * Known disagreements: claims on the same conference and measure with different values (or
 * qualifiers). Claims that agree are not listed.
 */
export function selectDisagreements(claims: readonly Claim[]): Disagreement[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.conference}\u0000${c.measure}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const out: Disagreement[] = [];
  for (const group of groups.values()) {
    const distinct = new Set(group.map((c) => `${c.value}|${c.qualifier ?? ''}`));
    if (distinct.size < 2) continue;
    out.push({
      conference: group[0]!.conference,
      measure: group[0]!.measure,
      claims: [...group].sort((a, b) => (a.value ?? 0) - (b.value ?? 0)),
    });
  }
  return out.sort((a, b) => a.conference.localeCompare(b.conference) || a.measure.localeCompare(b.measure));
}

/** What a citation needs; dates are ISO (YYYY-MM-DD). */
export interface CitationInput {
  /** What the view shows, e.g. "Seoul 2013: participation map". */
  title: string;
  permalink: string;
  /** The date of the data the view rests on. */
  dataDate: string;
  /** The day the view was opened. */
  accessed: string;
}

/** "Cite this view" as plain text and BibTeX, in the page's language (dates stay ISO). */
export function citeView(input: CitationInput): { text: string; bibtex: string } {
  const year = input.dataDate.slice(0, 4);
  // In a right-to-left language the address and the ISO dates are isolated as left-to-right runs
  // (U+2066 … U+2069), else the bidirectional algorithm reorders their parts.
  const ltr = (s: string): string => (dirOf(currentLang()) === 'rtl' ? `\u2066${s}\u2069` : s);
  const [title, permalink, dataDate, accessed] = [
    input.title,
    ltr(input.permalink),
    ltr(input.dataDate),
    ltr(input.accessed),
  ];
  const text = t('sources.cite.citation', { year, title, dataDate, permalink, accessed });
  // BibTeX needs braces and backslashes escaped; % would start a comment.
  const tex = (s: string): string => s.replace(/([\\{}%&$#_])/g, '\\$1');
  const key = `londonprocessatlas${year}`;
  const bibtex = [
    `@misc{${key},`,
    `  title = {${tex(input.title)}},`,
    `  author = {{${tex(t('sources.cite.author'))}}},`,
    `  year = {${year}},`,
    `  howpublished = {\\url{${input.permalink.replace(/([%#{}\\])/g, '\\$1')}}},`,
    `  note = {${tex(t('sources.cite.note', { dataDate: input.dataDate, accessed: input.accessed }))}},`,
    `}`,
  ].join('\n');
  return { text, bibtex };
}
