import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  CLAIM_QUALIFIERS,
  CONFERENCE_KINDS,
  CONFIDENCES,
  LEVELS,
  MEMBERSHIP_STATUSES,
  NAME_LANGS,
  ROLES,
  TABLE_SPECS,
  isIso3,
  type TableKind,
} from '$lib/data';

// Checks on the raw bundled CSVs that do not go through the loader: what a reader of data/*.csv
// sees. The loader's own verdict (zero rejected rows) is checked in bundled.test.ts; these checks
// restate the rules independently, table by table, so a loader bug cannot hide a data error.

type Row = Record<string, string> & { __line: string };

function read(kind: TableKind): Row[] {
  const text = readFileSync(`data/${kind}.csv`, 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors, `data/${kind}.csv parses`).toEqual([]);
  // Header is line 1; a row's line is its index + 2 (no multi-line cells in the bundled files).
  return parsed.data.map((r, i) => ({ ...r, __line: `data/${kind}.csv:${i + 2}` }));
}

const KINDS = Object.keys(TABLE_SPECS) as TableKind[];
const tables = Object.fromEntries(KINDS.map((k) => [k, read(k)])) as Record<TableKind, Row[]>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar date at year, month or day precision ("2013-02-30" is not). */
function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(Number(y), month - 1, Number(d)));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(d);
}

/** Every `|`-separated part is an absolute http(s) URL with a dotted host. */
function isSourceList(value: string): boolean {
  const parts = value.split('|').map((p) => p.trim());
  return (
    parts.length > 0 &&
    parts.every((p) => {
      try {
        const url = new URL(p);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
      } catch {
        return false;
      }
    })
  );
}

const ids = (kind: TableKind, column = 'id'): Set<string> => new Set(tables[kind].map((r) => r[column]!));
const conferenceIds = ids('conferences');
const themeIds = ids('themes');
const initiativeIds = ids('initiatives');
const documentIds = ids('documents');

/** The rows failing `ok`, as "file:line value" strings (empty means all pass). */
function failing(kind: TableKind, column: string, ok: (value: string, row: Row) => boolean): string[] {
  return tables[kind].filter((r) => !ok(r[column] ?? '', r)).map((r) => `${r.__line} ${r[column] ?? ''}`);
}

const optional = (check: (v: string) => boolean) => (v: string) => v === '' || check(v);
const oneOf = (values: readonly string[]) => (v: string) => values.includes(v);
const listOf = (known: Set<string>) => (v: string) => v.split('|').every((t) => known.has(t));

// What each table's columns must hold, beyond being present. Keys are column names.
const RULES: Record<TableKind, Record<string, (value: string, row: Row) => boolean>> = {
  conferences: {
    id: (v) => SLUG.test(v),
    kind: oneOf(CONFERENCE_KINDS),
    country: isIso3,
    start_date: isDate,
    end_date: (v, r) => v === '' || (isDate(v) && v >= r.start_date!),
    participants: optional((v) => /^\d+$/.test(v)),
    states: optional((v) => /^\d+$/.test(v)),
    organisations: optional((v) => /^\d+$/.test(v)),
    themes: optional(listOf(themeIds)),
    source: isSourceList,
  },
  claims: {
    conference: (v) => conferenceIds.has(v),
    measure: (v) => SLUG.test(v),
    value: (v) => /^[1-9]\d*$/.test(v),
    qualifier: oneOf(CLAIM_QUALIFIERS),
    source: isSourceList,
    note: (v) => v.length > 0,
  },
  participation: {
    conference: (v) => conferenceIds.has(v),
    country: (v, r) => (v === '' ? r.organisation !== '' : isIso3(v)),
    role: oneOf(ROLES),
    level: optional(oneOf(LEVELS)),
    confidence: oneOf(CONFIDENCES),
    source: isSourceList,
    note: (v) => v.length > 0,
  },
  initiatives: {
    id: (v) => SLUG.test(v),
    date: isDate,
    end_date: optional(isDate),
    country: optional(isIso3),
    themes: optional(listOf(themeIds)),
    conference: optional((v) => conferenceIds.has(v)),
    source: isSourceList,
  },
  memberships: {
    initiative: (v) => initiativeIds.has(v),
    country: isIso3,
    year: optional((v) => /^\d{4}$/.test(v)),
    date: optional(isDate),
    status: oneOf(MEMBERSHIP_STATUSES),
    source: isSourceList,
  },
  themes: {
    id: (v) => SLUG.test(v),
    colour: (v) => /^#[0-9a-f]{6}$/i.test(v),
  },
  documents: {
    id: (v) => SLUG.test(v),
    date: optional(isDate),
    conference: optional((v) => conferenceIds.has(v)),
    url: isSourceList,
  },
  theme_mentions: {
    document: (v) => documentIds.has(v),
    theme: (v) => themeIds.has(v),
    count: (v) => /^\d+$/.test(v),
    words: (v) => /^[1-9]\d*$/.test(v),
  },
  agenda_themes: {
    conference: (v) => conferenceIds.has(v),
    theme: (v) => themeIds.has(v),
    source: isSourceList,
  },
  aliases: {
    table: oneOf(['conferences', 'initiatives', 'themes']),
    id: (v, r) =>
      (r.table === 'conferences' ? conferenceIds : r.table === 'themes' ? themeIds : initiativeIds).has(v),
    alias: (v) => v.trim().length > 1,
    lang: oneOf(['en', 'fr', 'es']),
  },
  names: {
    table: oneOf(['conferences', 'initiatives']),
    id: (v, r) => (r.table === 'conferences' ? conferenceIds : initiativeIds).has(v),
    lang: oneOf(NAME_LANGS),
    name: (v) => v.trim().length > 1,
    // A short label is for a conference's charts, and comes from a source.
    short_name: (v, r) => v === '' || r.table === 'conferences',
    source: isSourceList,
  },
};

/** The column whose value must be unique per row, where the table has one. */
const KEYS: Partial<Record<TableKind, (r: Row) => string>> = {
  conferences: (r) => r.id!,
  initiatives: (r) => r.id!,
  themes: (r) => r.id!,
  documents: (r) => r.id!,
  claims: (r) => [r.conference, r.measure, r.value, r.qualifier, r.source].join(' '),
  participation: (r) => [r.conference, r.country || r.organisation].join(' '),
  theme_mentions: (r) => [r.document, r.theme].join(' '),
  agenda_themes: (r) => [r.conference, r.theme].join(' '),
  aliases: (r) => [r.table, r.id, (r.alias ?? '').toLowerCase()].join(' '),
  names: (r) => [r.table, r.id, r.lang].join(' '),
};

// A user's file may leave these out (a row without a source is marked so; a blank role is an
// attendee; an id is made from the name); the bundled data may not.
const BUNDLED_REQUIRED: Partial<Record<TableKind, string[]>> = {
  conferences: ['id', 'source'],
  claims: ['source'],
  participation: ['role', 'source'],
  initiatives: ['id', 'source'],
  memberships: ['source'],
  agenda_themes: ['source'],
  documents: ['url'],
  names: ['source'],
};

describe.each(KINDS)('data/%s.csv', (kind) => {
  const rows = tables[kind];
  const spec = TABLE_SPECS[kind];

  test('has rows and every required column, filled in every row', () => {
    expect(rows.length).toBeGreaterThan(0);
    const required = [
      ...Object.values(spec.columns)
        .filter((c) => c.required)
        .map((c) => c.key),
      ...(BUNDLED_REQUIRED[kind] ?? []),
    ];
    const headers = Object.keys(rows[0]!).filter((h) => h !== '__line');
    expect(required.filter((k) => !headers.includes(k))).toEqual([]);
    for (const key of required)
      expect(
        failing(kind, key, (v) => v.trim() !== ''),
        key,
      ).toEqual([]);
  });

  test.each(Object.keys(RULES[kind]))('column %s holds valid values', (column) => {
    expect(failing(kind, column, RULES[kind][column]!)).toEqual([]);
  });

  test('has no repeated key', () => {
    const key = KEYS[kind];
    if (!key) return;
    const seen = new Set<string>();
    const repeats = rows.filter((r) => seen.size === seen.add(key(r)).size).map((r) => r.__line);
    expect(repeats).toEqual([]);
  });
});

describe('the issue-4 bars on the bundled data', () => {
  test('participation has at least 150 rows, most of them states', () => {
    expect(tables.participation.length).toBeGreaterThanOrEqual(150);
    // 105 state rows before the audit of issue 26, which moved three pre-event rows whose people
    // were not (or not said to be) a government's delegation to organisations, and added Germany.
    const states = tables.participation.filter((r) => r.country !== '').length;
    expect(states).toBeGreaterThanOrEqual(103);
  });

  test('every headline figure a conference reports has a claims row with that value', () => {
    const missing: string[] = [];
    for (const c of tables.conferences)
      for (const measure of ['participants', 'states', 'organisations'] as const) {
        const value = c[measure];
        if (!value) continue;
        const backed = tables.claims.some(
          (k) => k.conference === c.id && k.measure === measure && k.value === value,
        );
        if (!backed) missing.push(`${c.id} ${measure}=${value}`);
      }
    expect(missing).toEqual([]);
  });

  test('every conference with headline figures has claims from more than one source', () => {
    const thin = tables.conferences
      .filter((c) => c.participants || c.states)
      .filter(
        (c) => new Set(tables.claims.filter((k) => k.conference === c.id).map((k) => k.source)).size < 2,
      )
      .map((c) => c.id);
    expect(thin).toEqual([]);
  });

  test('each conference of the process has its host among the participation rows', () => {
    const noHost = tables.conferences
      .filter(
        (c) =>
          !tables.participation.some(
            (p) => p.conference === c.id && p.role === 'host' && p.country === c.country,
          ),
      )
      .map((c) => c.id);
    expect(noHost).toEqual([]);
  });

  test('NETmundial 2014 is a related conference, with its sourced figures', () => {
    const nm = tables.conferences.find((c) => c.id === 'netmundial-2014');
    expect(nm).toMatchObject({
      kind: 'related',
      country: 'BRA',
      start_date: '2014-04-23',
      end_date: '2014-04-24',
    });
    expect(tables.claims.filter((k) => k.conference === 'netmundial-2014').length).toBeGreaterThanOrEqual(4);
  });
});

describe('data/README.md on names.csv', () => {
  const readme = readFileSync('data/README.md', 'utf8');
  test('states its rows in all and per language', () => {
    const total = /names\.csv: one official name[^(]*\((\d+) rows\)/.exec(readme);
    expect(Number(total?.[1])).toBe(tables.names.length);
    const perLang = /Rows per language: \*\*(.*?)\*\*/.exec(readme)?.[1] ?? '';
    const stated = Object.fromEntries(
      perLang.split(', ').map((p) => [p.split(' ')[0], Number(p.split(' ')[1])]),
    );
    const counted = Object.fromEntries(
      NAME_LANGS.map((l) => [l, tables.names.filter((r) => r.lang === l).length]),
    );
    expect(stated).toEqual(counted);
  });
});
