import { countryName, type Iso3 } from './countries';
import { resolveCountry } from './countryResolver';
import type { PartialDate } from './dates';
import { parseDate } from './parseDate';
import type { MessageKey } from '$lib/i18n';
import type { IssueCode, Said } from './issues';
import { foldKey, isHttpUrl, slugify } from './text';
import { resolveReference, type RefTable, type Vocabulary } from './vocabulary';

/** The outcome of reading one cell: a value (perhaps with a warning) or a reason to reject the row. */
export type Cell<T> =
  | { ok: true; value: T; warning?: { code: IssueCode } & Said }
  | ({ ok: false; code: IssueCode; suggestion?: string; replacement?: string } & Said);

/** What reading a cell may need beyond its text: the names of what it can refer to, and the row's year. */
export interface ParseContext {
  /** Without one, a reference must be written as an id (the bundled data's own rule). */
  vocabulary?: Vocabulary;
  /** The row's year (its year column), which narrows a name shared by several conferences. */
  year?: number;
  /**
   * For a date column: whether its numeric dates put the day first, as the column's own unambiguous
   * dates show (25/05/2011 says 03/07/2012 is 3 July). Undefined when they do not say.
   */
  dayFirst?: boolean;
}

/** How one column of a table is named, read and documented. */
export interface Column<T> {
  /** Canonical header, as written in the bundled CSVs and the templates. */
  key: string;
  /** Other headers users write for it; matched case-, accent- and punctuation-insensitively. */
  synonyms: readonly string[];
  /** A required column must be present and non-blank in every row. */
  required: boolean;
  /** The value of a blank optional cell. */
  empty: T;
  parse(raw: string, context?: ParseContext): Cell<T>;
  /** For a reference: the column (key) holding the row's year, which can narrow an ambiguous name. */
  narrowBy?: string;
  /** Set on date columns, whose day-month order is judged on the whole column. */
  dates?: true;
  /** What the column holds, as a message (see columnDescription). */
  description: MessageKey | Said;
  /** Two example values, used for the downloadable template. */
  examples: readonly [string, string];
}

type Options = Partial<Pick<Column<unknown>, 'synonyms' | 'required' | 'narrowBy'>> & {
  description: MessageKey | Said;
  examples: readonly [string, string];
};

function column<T>(
  key: string,
  empty: T,
  parse: (raw: string, context?: ParseContext) => Cell<T>,
  options: Options,
): Column<T> {
  return {
    key,
    empty,
    parse,
    synonyms: options.synonyms ?? [],
    required: options.required ?? false,
    ...options,
  };
}

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });

// A cell starting like a spreadsheet formula is kept as text but flagged; exports escape it.
const FORMULA = /^[=+\-@\t\r]/;
const FORMULA_START = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));
const HTML = /<\/?[a-z][^>]*>/i;

function readText(raw: string): Cell<string> {
  const value = raw.trim();
  if (FORMULA_START.has(raw.charCodeAt(0)) && FORMULA.test(raw) && !/^-?\d/.test(value))
    return {
      ok: true,
      value,
      warning: {
        code: 'formula-like',
        key: 'loader.issue.formulaLike',
        params: { value },
      },
    };
  if (value.includes('<') && HTML.test(value))
    return {
      ok: true,
      value,
      warning: {
        code: 'html-like',
        key: 'loader.issue.htmlLike',
        params: { value },
      },
    };
  return ok(value);
}

/** Free text (names, notes, descriptions). */
export const text = (key: string, options: Options): Column<string> => column(key, '', readText, options);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case id such as `seoul-2013`; a value with capitals or spaces is suggested in kebab case. */
export function readSlug(raw: string): Cell<string> {
  const value = raw.trim();
  if (SLUG.test(value)) return ok(value);
  const suggestion = slugify(value);
  return {
    ok: false,
    code: 'invalid-slug',
    key: 'loader.issue.invalidSlug',
    params: { value },
    ...(suggestion && SLUG.test(suggestion) ? { suggestion, replacement: suggestion } : {}),
  };
}

export const slug = (key: string, options: Options): Column<string> => column(key, '', readSlug, options);

/** "… is not a conference the atlas knows", then the closest names, all it knows, or where to look. */
const UNKNOWN = {
  conferences: {
    closest: 'loader.issue.unknownConference.closest',
    known: 'loader.issue.unknownConference.known',
    other: 'loader.issue.unknownConference.other',
  },
  initiatives: {
    closest: 'loader.issue.unknownInitiative.closest',
    known: 'loader.issue.unknownInitiative.known',
    other: 'loader.issue.unknownInitiative.other',
  },
  themes: {
    closest: 'loader.issue.unknownTheme.closest',
    known: 'loader.issue.unknownTheme.known',
    other: 'loader.issue.unknownTheme.other',
  },
} as const satisfies Record<RefTable, Record<'closest' | 'known' | 'other', MessageKey>>;

/**
 * A reference to a conference, an initiative or a theme, by id or by any name the vocabulary knows
 * ("GCCS 2015", "La Haye 2015", "Capacity building"). A name that fits several, or none, is refused
 * with the candidates; an unknown value written as an id is kept for the dataset to check (the file
 * that defines it may come later). Without a vocabulary, only ids are read.
 */
export function readReference(raw: string, table: RefTable, context?: ParseContext): Cell<string> {
  const vocabulary = context?.vocabulary;
  if (!vocabulary) return readSlug(raw);
  const value = raw.trim();
  const found = resolveReference(vocabulary, table, value, context.year);
  if (found.ok) return ok(found.id);
  const names = (list: { id: string; label: string }[]): string =>
    list.map((c) => (c.label === c.id ? c.id : `${c.label} (${c.id})`)).join(', ');
  if (found.ambiguous)
    return {
      ok: false,
      code: 'ambiguous-reference',
      key: table === 'conferences' ? 'loader.issue.ambiguousConference' : 'loader.issue.ambiguous',
      params: { value, names: names(found.candidates) },
    };
  if (SLUG.test(value)) return ok(value);
  const all = vocabulary[table];
  const [first] = found.candidates;
  return {
    ok: false,
    code: 'unknown-reference',
    ...(found.candidates.length
      ? { key: UNKNOWN[table].closest, params: { value, names: names(found.candidates) } }
      : all.length <= 12
        ? { key: UNKNOWN[table].known, params: { value, names: names(all) } }
        : { key: UNKNOWN[table].other, params: { value } }),
    ...(found.candidates.length === 1 && first ? { suggestion: first.label, replacement: first.id } : {}),
  };
}

/** A reference column (see readReference). */
export const ref = (key: string, table: RefTable, options: Options): Column<string> =>
  column(key, '', (raw, context) => readReference(raw, table, context), options);

/** A list of references separated by `|` or `;`: "cybercrime|Capacity building". */
export const refList = (key: string, table: RefTable, options: Options): Column<string[]> =>
  column(
    key,
    [],
    (raw, context) => {
      const values: string[] = [];
      for (const part of splitList(raw)) {
        const cell = readReference(part, table, context);
        if (!cell.ok) return cell;
        values.push(cell.value);
      }
      return ok(values);
    },
    options,
  );

/** A list of ids separated by `|` or `;`: "cybercrime|capacity-building". */
export const slugList = (key: string, options: Options): Column<string[]> =>
  column(
    key,
    [],
    (raw) => {
      const values: string[] = [];
      for (const part of splitList(raw)) {
        const cell = readSlug(part);
        if (!cell.ok) return cell;
        values.push(cell.value);
      }
      return ok(values);
    },
    options,
  );

/** Splits a list cell on `|` or `;`, dropping blanks. */
export const splitList = (raw: string): string[] =>
  raw
    .split(/[|;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A state in any common convention, stored as ISO3. */
export const country = (key: string, options: Options): Column<Iso3 | null> =>
  column<Iso3 | null>(
    key,
    null,
    (raw) => {
      const found = resolveCountry(raw);
      if (found.ok) return ok(found.iso3);
      return {
        ok: false,
        code: 'unknown-country',
        key: 'loader.issue.unknownCountry',
        params: { value: raw.trim() },
        ...(found.suggestion
          ? {
              suggestion: `${countryName(found.suggestion)} (${found.suggestion})`,
              replacement: found.suggestion,
            }
          : {}),
      };
    },
    options,
  );

/** A date at year, month or day precision. */
export const date = (key: string, options: Options): Column<PartialDate | null> => ({
  ...column<PartialDate | null>(key, null, (raw, context) => parseDate(raw, context?.dayFirst), options),
  dates: true,
});

/** A non-negative whole number; "1,600" and "1 600" are read as 1600. */
export const count = (key: string, options: Options): Column<number | null> =>
  column<number | null>(
    key,
    null,
    (raw) => {
      const cleaned = raw.trim().replace(/[,\s\u00a0\u202f_]/g, '');
      // Digits, and few enough to make a number: three hundred and nine or more are Infinity.
      if (/^\d+$/.test(cleaned) && Number.isFinite(Number(cleaned))) return ok(Number(cleaned));
      return {
        ok: false,
        code: 'invalid-number',
        key: 'loader.issue.notWholeNumber',
        params: { value: raw.trim() },
      };
    },
    options,
  );

/** A decimal number ("12.5"). */
export const decimal = (key: string, options: Options): Column<number | null> =>
  column<number | null>(
    key,
    null,
    (raw) => {
      const value = Number(raw.trim());
      return Number.isFinite(value)
        ? ok(value)
        : { ok: false, code: 'invalid-number', key: 'loader.issue.notNumber', params: { value: raw.trim() } };
    },
    options,
  );

/** One or more public http(s) URLs, separated by `|` or white space. */
export const urls = (key: string, options: Options): Column<string[]> =>
  column<string[]>(
    key,
    [],
    (raw) => {
      // The usual cell, one plain link, is recognised without building a URL object.
      if (PLAIN_URL.test(raw)) return ok([raw]);
      const parts = raw.split(/[|\s]+/).filter(Boolean);
      for (const part of parts) {
        if (!isHttpUrl(part))
          return {
            ok: false,
            code: 'invalid-url',
            key: 'loader.issue.invalidUrl',
            params: { value: part },
          };
      }
      return ok(parts);
    },
    options,
  );

/** A plain absolute http(s) link with a dotted host name: accepted by isHttpUrl as it is. */
const PLAIN_URL =
  /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z0-9-]*[a-z][a-z0-9-]*(?::\d{1,5})?(?:[/?#][^\s|]*)?$/i;

/** One value of a fixed set; "Co-organizer", "co organiser" and synonyms resolve to `co-organiser`. */
export function oneOf<const V extends string>(
  key: string,
  values: readonly V[],
  options: Options & {
    valueSynonyms?: Readonly<Record<string, V>>;
    /** The value of a blank cell, where the data model gives one (a missing role means attendee). */
    fallback?: V;
  },
): Column<V | null> {
  const lookup = new Map<string, V>();
  for (const v of values) lookup.set(foldKey(v), v);
  for (const [alias, v] of Object.entries(options.valueSynonyms ?? {})) lookup.set(foldKey(alias), v);
  return column<V | null>(
    key,
    options.fallback ?? null,
    (raw) => {
      const v = lookup.get(foldKey(raw));
      return v
        ? ok(v)
        : {
            ok: false,
            code: 'invalid-enum',
            key: 'loader.issue.invalidEnum',
            params: { value: raw.trim(), values: values.join(', ') },
          };
    },
    options,
  );
}

/** A CSS hex colour (#rgb or #rrggbb). */
export const colour = (key: string, options: Options): Column<string> =>
  column(
    key,
    '',
    (raw) =>
      /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(raw.trim())
        ? ok(raw.trim().toLowerCase())
        : {
            ok: false,
            code: 'invalid-colour',
            key: 'loader.issue.invalidColour',
            params: { value: raw.trim() },
          },
    options,
  );
