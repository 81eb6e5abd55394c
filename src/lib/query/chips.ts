import { collatorFor, compareCountryNames, countryName, type Dataset } from '$lib/data';
import { conferenceLabel, initiativeName, regionName, themeLabel } from '$lib/format';
import { currentLang, t, type MessageKey } from '$lib/i18n';
import { DEFAULT_FILTERS, type DataSourceFilter, type Filters } from './filters';
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

const SOURCE_LABEL = {
  all: 'filters.source.all',
  bundled: 'filters.source.bundled',
  user: 'filters.source.user',
} as const satisfies Record<DataSourceFilter, MessageKey>;

/**
 * The active filters as chips, in the filter bar's order, in the page's language; names come from
 * the data where known.
 * `{themes: ['cybercrime']}` → `[{id: 'theme:cybercrime', label: 'Theme: Cybercrime', remove: {themes: []}}]`.
 */
export function selectFilterChips(filters: Filters, dataset: Dataset): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const id of filters.conferences) {
    const c = dataset.conferenceById.get(id);
    chips.push({
      id: `conference:${id}`,
      param: 'conference',
      label: t('filters.chip.conference', { name: c ? conferenceLabel(c) : id }),
      remove: { conferences: filters.conferences.filter((x) => x !== id) },
    });
  }
  for (const id of filters.themes) {
    const theme = dataset.themeById.get(id);
    chips.push({
      id: `theme:${id}`,
      param: 'theme',
      label: t('filters.chip.theme', { name: theme ? themeLabel(theme) : id }),
      remove: { themes: filters.themes.filter((x) => x !== id) },
    });
  }
  if (filters.from !== null || filters.to !== null)
    chips.push({
      id: 'years',
      param: 'from',
      label: t('filters.chip.years', { from: filters.from ?? '…', to: filters.to ?? '…' }),
      remove: { from: null, to: null },
    });
  if (filters.region)
    chips.push({
      id: 'region',
      param: 'region',
      label: t('filters.chip.region', { name: regionName(filters.region) }),
      remove: { region: null },
    });
  if (filters.country)
    chips.push({
      id: 'country',
      param: 'country',
      label: t('filters.chip.state', { name: countryName(filters.country) }),
      remove: { country: null },
    });
  const initiative = filters.initiative ? dataset.initiativeById.get(filters.initiative) : undefined;
  if (filters.initiative)
    chips.push({
      id: 'initiative',
      param: 'initiative',
      label: t('filters.chip.initiative', {
        name: initiative ? initiativeName(initiative) : filters.initiative,
      }),
      remove: { initiative: null },
    });
  if (filters.source !== DEFAULT_FILTERS.source)
    chips.push({
      id: 'source',
      param: 'source',
      label: t(SOURCE_LABEL[filters.source]),
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

/** The choices every filter control offers, from the data, named and sorted in the page's language. */
export function selectFilterOptions(
  dataset: Dataset,
): Record<'conferences' | 'themes' | 'regions' | 'states' | 'initiatives', FilterOption[]> {
  return {
    conferences: dataset.conferences.map((c) => ({ value: c.id, label: conferenceLabel(c) })),
    themes: dataset.themes.map((theme) => ({ value: theme.id, label: themeLabel(theme) })),
    regions: [...regionNames()]
      .map((r) => ({ value: r, label: regionName(r) }))
      .sort((a, b) => collatorFor(currentLang()).compare(a.label, b.label)),
    states: selectKnownStates(dataset)
      .sort(compareCountryNames)
      .map((iso3) => ({ value: iso3, label: countryName(iso3) })),
    initiatives: dataset.initiatives.map((i) => ({ value: i.id, label: initiativeName(i) })),
  };
}
