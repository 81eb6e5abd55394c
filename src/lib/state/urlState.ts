import {
  CHART_KINDS,
  DATA_SOURCES,
  DATA_TABLES,
  DEFAULT_FILTERS,
  defaultFilters,
  filterNotice,
  ignoredNotice,
  MAP_LAYERS,
  PALETTES,
  SCHEMES,
  THEME_BASES,
  THEME_GROUPS,
  THEME_METRICS,
  VIEWS,
  type FilterNotice,
  type Filters,
  type NoticeReason,
} from '$lib/query';
import { isLang, LANGS, type Lang, type MessageKey, type Params } from '$lib/i18n';

/** What the parser made of one URL parameter (OWID's valid / invalid / missing). */
export type ParamStatus = 'valid' | 'invalid' | 'missing';

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: NoticeReason };

interface ParamSpec<K extends keyof Filters> {
  /** The name in the URL. */
  name: string;
  field: K;
  /** A flag: present (or "1"/"true") means true; an empty value counts. */
  flag?: boolean;
  /** Longest value read (default MAX_LENGTH). */
  maxLength?: number;
  parse(raw: string): Parsed<Filters[K]>;
  /** The URL value, or null for the default (which is never written). */
  serialize(value: Filters[K]): string | null;
}

// Longer values are refused outright: no real id is this long, and hostile links should not cost work.
const MAX_LENGTH = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// `~` joins multi-values: it is unreserved in URLs (never percent-encoded) and never occurs in an id.
const SEPARATOR = '~';

const valid = <T>(value: T): Parsed<T> => ({ ok: true, value });
const invalid = (key: MessageKey, params?: Params): Parsed<never> => ({ ok: false, reason: { key, params } });

/** One of `values`; else the reason, a message naming what the parameter takes. */
function oneOf<T extends string>(values: readonly T[], reason: MessageKey) {
  return (raw: string): Parsed<T> =>
    (values as readonly string[]).includes(raw)
      ? valid(raw as T)
      : invalid(reason, { value: raw, values: values.join(', ') });
}

/** The messages a list of ids is refused with. */
interface ListReasons {
  none: MessageKey;
  tooMany: MessageKey;
  bad: MessageKey;
}

const CONFERENCE_LIST = {
  none: 'filters.reason.noConference',
  tooMany: 'filters.reason.tooManyConferences',
  bad: 'filters.reason.notConferenceId',
} as const satisfies ListReasons;
const THEME_LIST = {
  none: 'filters.reason.noTheme',
  tooMany: 'filters.reason.tooManyThemes',
  bad: 'filters.reason.notThemeId',
} as const satisfies ListReasons;

function slugList(max: number, reasons: ListReasons) {
  return (raw: string): Parsed<string[]> => {
    const parts = raw.split(SEPARATOR).filter(Boolean);
    if (!parts.length) return invalid(reasons.none);
    if (parts.length > max) return invalid(reasons.tooMany, { max });
    const bad = parts.find((p) => !SLUG.test(p));
    if (bad !== undefined) return invalid(reasons.bad, { value: bad });
    return valid([...new Set(parts)]);
  };
}

function year(raw: string): Parsed<number | null> {
  if (!/^\d{4}$/.test(raw)) return invalid('filters.reason.notYear', { value: raw });
  const value = Number(raw);
  return value >= 1990 && value <= 2100 ? valid(value) : invalid('filters.reason.yearOutside', { year: raw });
}

function yearSpan(raw: string): Parsed<[number, number] | null> {
  const match = /^(\d{4})~(\d{4})$/.exec(raw);
  if (!match) return invalid('filters.reason.notSpan', { value: raw });
  const [first, last] = [year(match[1]!), year(match[2]!)];
  if (!first.ok) return first;
  if (!last.ok) return last;
  if (first.value! > last.value!)
    return invalid('filters.reason.spanBackwards', { last: match[2]!, first: match[1]! });
  return valid([first.value!, last.value!]);
}

const list = (values: string[]): string | null => (values.length ? values.join(SEPARATOR) : null);
const optional = (value: string | number | null): string | null => (value === null ? null : String(value));

/** Every URL parameter, in the order it is written. */
const PARAMS: { [K in keyof Filters]: ParamSpec<K> }[keyof Filters][] = [
  {
    name: 'view',
    field: 'view',
    parse: oneOf(VIEWS, 'filters.reason.view'),
    serialize: (v) => (v === DEFAULT_FILTERS.view ? null : v),
  },
  { name: 'embed', field: 'embed', parse: oneOf(CHART_KINDS, 'filters.reason.chart'), serialize: optional },
  { name: 'conference', field: 'conferences', parse: slugList(2, CONFERENCE_LIST), serialize: list },
  { name: 'theme', field: 'themes', parse: slugList(8, THEME_LIST), serialize: list },
  { name: 'from', field: 'from', parse: year, serialize: optional },
  { name: 'to', field: 'to', parse: year, serialize: optional },
  {
    name: 'region',
    field: 'region',
    parse: (raw) =>
      /^[\p{L} -]{2,40}$/u.test(raw) ? valid(raw) : invalid('filters.reason.notRegion', { value: raw }),
    serialize: optional,
  },
  {
    name: 'country',
    field: 'country',
    parse: (raw) =>
      /^[A-Z]{3}$/.test(raw) ? valid(raw) : invalid('filters.reason.notCountry', { value: raw }),
    serialize: optional,
  },
  { name: 'initiative', field: 'initiative', parse: slug, serialize: optional },
  {
    name: 'source',
    field: 'source',
    parse: oneOf(DATA_SOURCES, 'filters.reason.source'),
    serialize: unlessDefault('source'),
  },
  {
    name: 'layer',
    field: 'layer',
    parse: oneOf(MAP_LAYERS, 'filters.reason.layer'),
    serialize: unlessDefault('layer'),
  },
  { name: 'membership', field: 'membership', parse: slug, serialize: optional },
  { name: 'asof', field: 'asof', parse: year, serialize: optional },
  {
    name: 'metric',
    field: 'metric',
    parse: oneOf(THEME_METRICS, 'filters.reason.metric'),
    serialize: unlessDefault('metric'),
  },
  {
    name: 'group',
    field: 'group',
    parse: oneOf(THEME_GROUPS, 'filters.reason.group'),
    serialize: unlessDefault('group'),
  },
  {
    name: 'basis',
    field: 'basis',
    parse: oneOf(THEME_BASES, 'filters.reason.basis'),
    serialize: unlessDefault('basis'),
  },
  {
    name: 'table',
    field: 'table',
    parse: oneOf(DATA_TABLES, 'filters.reason.table'),
    serialize: unlessDefault('table'),
  },
  {
    name: 'q',
    field: 'q',
    parse: (raw) => valid(raw.replace(/[\p{Cc}\s]+/gu, ' ').trim()),
    serialize: (v) => (v ? v : null),
  },
  {
    name: 'sort',
    field: 'sort',
    parse: (raw) =>
      /^-?[a-z0-9_]{1,40}$/.test(raw) ? valid(raw) : invalid('filters.reason.notSortColumn', { value: raw }),
    serialize: optional,
  },
  {
    name: 'page',
    field: 'page',
    parse: (raw) =>
      /^[1-9]\d{0,5}$/.test(raw) ? valid(Number(raw)) : invalid('filters.reason.notPage', { value: raw }),
    serialize: (v) => (v === DEFAULT_FILTERS.page ? null : String(v)),
  },
  { name: 'span', field: 'span', parse: yearSpan, serialize: (v) => (v ? v.join(SEPARATOR) : null) },
  {
    name: 'scheme',
    field: 'scheme',
    parse: oneOf(SCHEMES, 'filters.reason.scheme'),
    serialize: unlessDefault('scheme'),
  },
  { name: 'transparent', field: 'transparent', flag: true, parse: flag('transparent'), serialize: flagValue },
  { name: 'static', field: 'static', flag: true, parse: flag('static'), serialize: flagValue },
  { name: 'title', field: 'title', parse: words, serialize: (v) => v || null },
  { name: 'subtitle', field: 'subtitle', parse: words, serialize: (v) => v || null },
  { name: 'note', field: 'note', parse: words, serialize: (v) => v || null, maxLength: 600 },
  { name: 'highlight', field: 'highlight', parse: iso3List(12), serialize: list },
  {
    name: 'palette',
    field: 'palette',
    parse: oneOf(PALETTES, 'filters.reason.palette'),
    serialize: unlessDefault('palette'),
  },
  { name: 'lang', field: 'lang', parse: language, serialize: (v) => v },
];

/** One of the six languages; a region or script subtag is let go (`fr-CA` → fr, `zh-Hans` → zh). */
function language(raw: string): Parsed<Lang | null> {
  const base = raw.toLowerCase().split(/[-_]/)[0];
  return isLang(base)
    ? valid(base)
    : invalid('filters.reason.notLang', { value: raw, values: LANGS.join(', ') });
}

/** ISO3 codes joined by `~` (`FRA~DEU`), at most `max`, without repeats. */
function iso3List(max: number) {
  return (raw: string): Parsed<string[]> => {
    const parts = raw.split(SEPARATOR).filter(Boolean);
    if (!parts.length) return invalid('filters.reason.noStates');
    if (parts.length > max) return invalid('filters.reason.tooManyStates', { max });
    const bad = parts.find((p) => !/^[A-Z]{3}$/.test(p));
    if (bad !== undefined) return invalid('filters.reason.notCountry', { value: bad });
    return valid([...new Set(parts)]);
  };
}

/**
 * A figure's words (title, subtitle, note): plain text on one line, control characters and runs of
 * spaces made one space. Never markup: the page, embeds and exports set it as text.
 */
function words(raw: string): Parsed<string> {
  return valid(raw.replace(/[\p{Cc}\s]+/gu, ' ').trim());
}

function slug(raw: string): Parsed<string | null> {
  return SLUG.test(raw) ? valid(raw) : invalid('filters.reason.notInitiativeId', { value: raw });
}

function unlessDefault<
  K extends 'source' | 'layer' | 'metric' | 'group' | 'basis' | 'table' | 'scheme' | 'palette',
>(field: K) {
  return (value: Filters[K]): string | null => (value === DEFAULT_FILTERS[field] ? null : value);
}

function flag(what: string) {
  return (raw: string): Parsed<boolean> =>
    /^(|1|true|yes)$/i.test(raw)
      ? valid(true)
      : /^(0|false|no)$/i.test(raw)
        ? valid(false)
        : invalid('filters.reason.notFlag', { value: raw, param: what });
}

function flagValue(value: boolean): string | null {
  return value ? '1' : null;
}

/** Renamed parameters: an old link keeps working (`?tab=map` → `?view=map`). */
export const URL_MIGRATIONS: readonly { from: string; to: string }[] = [
  { from: 'tab', to: 'view' },
  { from: 'conf', to: 'conference' },
  { from: 'themes', to: 'theme' },
  { from: 'iso3', to: 'country' },
];

/** Applies URL_MIGRATIONS, returning new params (the input is not changed). */
export function migrateParams(params: URLSearchParams): URLSearchParams {
  const migrated = new URLSearchParams(params);
  // Embeds may say theme=dark|light|auto for the colour scheme (theme is otherwise the theme filter).
  const theme = migrated.get('theme');
  if (theme && (SCHEMES as readonly string[]).includes(theme)) {
    migrated.delete('theme');
    if (!migrated.has('scheme')) migrated.set('scheme', theme);
  }
  for (const { from, to } of URL_MIGRATIONS) {
    const value = migrated.get(from);
    if (value === null) continue;
    migrated.delete(from);
    if (!migrated.has(to)) migrated.set(to, value);
  }
  return migrated;
}

/** The result of reading a URL: the filters, each parameter's status, and notices for invalid ones. */
export interface ParsedFilters {
  filters: Filters;
  status: Record<string, ParamStatus>;
  notices: FilterNotice[];
}

/**
 * Reads filters from URL parameters, tolerantly: an invalid value is ignored (the default stays) and
 * reported as a notice; nothing here throws. `?view=chart` → view "map" and one notice.
 */
export function parseFilters(input: URLSearchParams): ParsedFilters {
  const params = migrateParams(input);
  const filters = defaultFilters();
  const status: Record<string, ParamStatus> = {};
  const notices: FilterNotice[] = [];
  for (const spec of PARAMS) {
    const raw = params.get(spec.name);
    if (raw === null || (raw === '' && !spec.flag)) {
      status[spec.name] = 'missing';
      continue;
    }
    const parsed: Parsed<unknown> =
      raw.length > (spec.maxLength ?? MAX_LENGTH)
        ? invalid('filters.reason.tooLong', { count: raw.length })
        : spec.parse(raw.trim());
    if (parsed.ok) {
      (filters as unknown as Record<string, unknown>)[spec.field] = parsed.value;
      status[spec.name] = 'valid';
    } else {
      status[spec.name] = 'invalid';
      notices.push(ignoredNotice(spec.name, raw.slice(0, 80), parsed.reason));
    }
  }
  // `conference=a~a` is read as one conference (a set), but a comparison was asked for: say so.
  const pair = params.get('conference')?.split(SEPARATOR).filter(Boolean) ?? [];
  if (status.conference === 'valid' && pair.length === 2 && pair[0] === pair[1])
    notices.push(
      filterNotice('conference', pair.join(SEPARATOR), {
        key: 'filters.notice.sameConference',
        params: { id: pair[0]! },
      }),
    );
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    notices.push(
      ignoredNotice('to', String(filters.to), {
        key: 'filters.reason.toBeforeFrom',
        params: { to: filters.to, from: filters.from },
      }),
    );
    status.to = 'invalid';
    filters.to = null;
  }
  return { filters, status, notices };
}

/** Writes filters as URL parameters, only the non-default ones, in a fixed order. */
export function serializeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const spec of PARAMS) {
    const value = (spec.serialize as (v: unknown) => string | null)(filters[spec.field]);
    if (value !== null) params.set(spec.name, value);
  }
  return params;
}

/** The query string for filters ("" for the defaults, else "?view=…"); `~` is kept readable. */
export function filtersToSearch(filters: Filters): string {
  const query = serializeFilters(filters).toString().replace(/%7E/gi, '~');
  return query ? `?${query}` : '';
}
