/** The tabs of the dashboard, in order. */
export const VIEWS = ['map', 'timeline', 'themes', 'table', 'sources'] as const;
export type View = (typeof VIEWS)[number];

/** The charts that can be embedded on their own. */
export const CHART_KINDS = ['map', 'timeline', 'themes'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/**
 * Everything a view shows is decided by this state, and it all lives in the URL
 * (`?view=map&conference=seoul-2013&theme=cybercrime~capacity-building`).
 */
export interface Filters {
  view: View;
  /** Conference ids; on the map one is shown, two are compared. Empty = the default (first) one. */
  conferences: string[];
  /** Theme ids; empty = all themes. */
  themes: string[];
  /** First year shown (inclusive); null = from the start. */
  from: number | null;
  /** Last year shown (inclusive); null = to the end. */
  to: number | null;
  /** Region name as in the country list ("Europe", "Asia", …); null = the world. */
  region: string | null;
  /** ISO3 of the state whose profile is open; null = none. */
  country: string | null;
  /** When set, the page shows this chart alone, for embedding. */
  embed: ChartKind | null;
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
  embed: null,
});

/** A user-visible notice about a filter value that was ignored (from the URL or unknown to the data). */
export interface FilterNotice {
  param: string;
  value: string;
  message: string;
}
