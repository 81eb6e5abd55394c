import type { Lang } from '$lib/i18n';

/** The tabs of the dashboard, in order. */
export const VIEWS = ['map', 'timeline', 'themes', 'matrix', 'table', 'sources'] as const;
export type View = (typeof VIEWS)[number];

/** The charts that can be embedded on their own. */
export const CHART_KINDS = ['map', 'timeline', 'themes', 'matrix'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** What the map shows: one conference (or two compared), every conference so far, or a membership. */
export const MAP_LAYERS = ['attendance', 'cumulative', 'membership'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** Which rows count: all, only the bundled data, or only the user's own files. */
export const DATA_SOURCES = ['all', 'bundled', 'user'] as const;
export type DataSourceFilter = (typeof DATA_SOURCES)[number];

/** How theme frequency is measured. */
export const THEME_METRICS = ['count', 'per-1000', 'share'] as const;
export type ThemeMetric = (typeof THEME_METRICS)[number];

/**
 * What theme frequency counts: mentions in the conference texts, the themes of the initiatives
 * launched at or linked to each conference, or the themes on each conference's official agenda.
 */
export const THEME_BASES = ['texts', 'initiatives', 'agendas'] as const;
export type ThemeBasis = (typeof THEME_BASES)[number];

/** What theme frequency is grouped by. */
export const THEME_GROUPS = ['conference', 'document', 'year'] as const;
export type ThemeGroup = (typeof THEME_GROUPS)[number];

/** The tables the Table view can show (URL `table=`), in the order of its picker. */
export const DATA_TABLES = [
  'participation',
  'conferences',
  'initiatives',
  'memberships',
  'documents',
  'theme-mentions',
] as const;
export type DataTableKind = (typeof DATA_TABLES)[number];

/** Colour scheme: follow the system, or force one (embeds and the user's override). */
export const SCHEMES = ['auto', 'light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Colours of the charts: the scheme's own, or greys and patterns for black-and-white print. */
export const PALETTES = ['default', 'print'] as const;
export type PaletteKind = (typeof PALETTES)[number];

/**
 * Everything a view shows is decided by this state, and it all lives in the URL
 * (`?view=map&conference=seoul-2013&theme=cybercrime~capacity-building`).
 */
export interface Filters {
  view: View;
  /** Conference ids; on the map one is shown, two are compared. Empty = all (the map shows the first). */
  conferences: string[];
  /** Theme ids; empty = all themes. */
  themes: string[];
  /** First year shown (inclusive); null = from the start. */
  from: number | null;
  /** Last year shown (inclusive); null = to the end. */
  to: number | null;
  /** Region name as in the country list ("Europe", "Asia", …); null = the world. */
  region: string | null;
  /** ISO3 of the selected state (its profile is open, and it is highlighted everywhere); null = none. */
  country: string | null;
  /** Id of the selected initiative (its detail is open, and it is highlighted everywhere); null = none. */
  initiative: string | null;
  /** Which data counts: all, bundled only, or the user's own only. */
  source: DataSourceFilter;
  /** The map's layer. */
  layer: MapLayer;
  /** For the membership layer: the initiative whose members are shown (e.g. freedom-online-coalition). */
  membership: string | null;
  /** For the membership layer: members as of this year; null = the latest year in the data. */
  asof: number | null;
  /** Theme frequency measure. */
  metric: ThemeMetric;
  /** Theme frequency grouping. */
  group: ThemeGroup;
  /** What theme frequency counts (texts, initiatives or agendas). */
  basis: ThemeBasis;
  /** Which table the Table view shows. */
  table: DataTableKind;
  /** Table view search text. */
  q: string;
  /**
   * Sort of the Table view (a column key) or of the Matrix (name, region or conferences), with a
   * leading "-" for descending; null = the view's default. A key the view does not know is ignored.
   */
  sort: string | null;
  /** Table view page, from 1. */
  page: number;
  /** Timeline zoom: the first and last year shown, inclusive; null = the timeline's first window. */
  span: [number, number] | null;
  /** When set, the page shows this chart alone, for embedding. */
  embed: ChartKind | null;
  /** Colour scheme override (embeds and the page's toggle). */
  scheme: Scheme;
  /** Embed flag: no page background. */
  transparent: boolean;
  /** Embed flag: no interaction (a picture of the chart). */
  static: boolean;
  /** The figure's title as the user sets it (plain text); '' = the chart's own. */
  title: string;
  /** The figure's subtitle (plain text); '' = the chart's one-sentence summary. */
  subtitle: string;
  /** A note printed under the figure (plain text); '' = none. */
  note: string;
  /** ISO3 codes of states to outline and label on the map and emphasise in every view; [] = none. */
  highlight: string[];
  /** The charts' colours: 'print' = greys and patterns (black on white, whatever the scheme). */
  palette: PaletteKind;
  /** The page's language as the URL gives it; null = the reader's kept choice, else the browser's. */
  lang: Lang | null;
}

/** The state of a URL with no parameters. */
export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
  view: 'map',
  conferences: [],
  themes: [],
  from: null,
  to: null,
  region: null,
  country: null,
  initiative: null,
  source: 'all',
  layer: 'attendance',
  membership: null,
  asof: null,
  metric: 'count',
  group: 'conference',
  basis: 'texts',
  table: 'participation',
  q: '',
  sort: null,
  page: 1,
  span: null,
  embed: null,
  scheme: 'auto',
  transparent: false,
  static: false,
  title: '',
  subtitle: '',
  note: '',
  highlight: [],
  palette: 'default',
  lang: null,
});

/** A fresh, mutable copy of the defaults. */
export function defaultFilters(): Filters {
  return { ...DEFAULT_FILTERS, conferences: [], themes: [], highlight: [] };
}

/** A user-visible notice about a filter value that was ignored (from the URL or unknown to the data). */
export interface FilterNotice {
  param: string;
  value: string;
  message: string;
}
