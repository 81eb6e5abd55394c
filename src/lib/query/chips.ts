import { compareCountryNames, countryName, type Dataset } from '$lib/data';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { regionNames } from './resolveFilters';
import { selectKnownStates } from './selectMap';

/** One active filter as a removable chip: what it says and the patch that removes it. */
export interface FilterChip {
  /** Stable id, e.g. "theme:cybercrime". */
  id: string;
  /** The URL param it comes from. */
  param: string;
  /** "Theme: Cybercrime". */
  label: string;
  remove: Partial<Filters>;
}

const SOURCE_LABEL = { all: 'All data', bundled: 'Bundled data only', user: 'Your data only' } as const;

/**
 * The active filters as chips, in the filter bar's order; names come from the data where known.
 * `{themes: ['cybercrime']}` → `[{id: 'theme:cybercrime', label: 'Theme: Cybercrime', remove: {themes: []}}]`.
 */
export function selectFilterChips(filters: Filters, dataset: Dataset): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const id of filters.conferences) {
    const c = dataset.conferenceById.get(id);
    chips.push({
      id: `conference:${id}`,
      param: 'conference',
      label: `Conference: ${c ? c.short_name || c.name : id}`,
      remove: { conferences: filters.conferences.filter((x) => x !== id) },
    });
  }
  for (const id of filters.themes)
    chips.push({
      id: `theme:${id}`,
      param: 'theme',
      label: `Theme: ${dataset.themeById.get(id)?.label ?? id}`,
      remove: { themes: filters.themes.filter((x) => x !== id) },
    });
  if (filters.from !== null || filters.to !== null)
    chips.push({
      id: 'years',
      param: 'from',
      label: `Years: ${filters.from ?? '…'}–${filters.to ?? '…'}`,
      remove: { from: null, to: null },
    });
  if (filters.region)
    chips.push({
      id: 'region',
      param: 'region',
      label: `Region: ${filters.region}`,
      remove: { region: null },
    });
  if (filters.country)
    chips.push({
      id: 'country',
      param: 'country',
      label: `State: ${countryName(filters.country)}`,
      remove: { country: null },
    });
  if (filters.initiative)
    chips.push({
      id: 'initiative',
      param: 'initiative',
      label: `Initiative: ${dataset.initiativeById.get(filters.initiative)?.name ?? filters.initiative}`,
      remove: { initiative: null },
    });
  if (filters.source !== DEFAULT_FILTERS.source)
    chips.push({
      id: 'source',
      param: 'source',
      label: SOURCE_LABEL[filters.source],
      remove: { source: 'all' },
    });
  return chips;
}

/** The patch that clears every filter the bar sets, keeping the view and its display options. */
export function resetFilters(): Partial<Filters> {
  return {
    conferences: [],
    themes: [],
    from: null,
    to: null,
    region: null,
    country: null,
    initiative: null,
    source: DEFAULT_FILTERS.source,
    q: '',
  };
}

/** The years the data spans (conferences, initiatives, memberships), for the year range's bounds. */
export function selectYearBounds(dataset: Dataset): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  const see = (y: number | null | undefined): void => {
    if (y === null || y === undefined) return;
    if (y < min) min = y;
    if (y > max) max = y;
  };
  for (const c of dataset.conferences) see(c.start_date?.year);
  for (const i of dataset.initiatives) {
    see(i.date?.year);
    see(i.end_date?.year);
  }
  for (const m of dataset.memberships) see(m.year);
  return Number.isFinite(min) ? { min, max } : { min: 2011, max: 2017 };
}

/** A choice in a filter control: the URL value and what the control shows. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The choices every filter control offers, from the data (states sorted by name). */
export function selectFilterOptions(
  dataset: Dataset,
): Record<'conferences' | 'themes' | 'regions' | 'states' | 'initiatives', FilterOption[]> {
  return {
    conferences: dataset.conferences.map((c) => ({ value: c.id, label: c.short_name || c.name })),
    themes: dataset.themes.map((t) => ({ value: t.id, label: t.label })),
    regions: [...regionNames()].map((r) => ({ value: r, label: r })),
    states: selectKnownStates(dataset)
      .sort(compareCountryNames)
      .map((iso3) => ({ value: iso3, label: countryName(iso3) })),
    initiatives: dataset.initiatives.map((i) => ({ value: i.id, label: i.name })),
  };
}
