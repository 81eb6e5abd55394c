import { allCountries, countryInfo, type Dataset } from '$lib/data';
import type { FilterNotice, Filters } from './filters';

/**
 * Drops filter values the loaded data does not know (a conference id, a theme, a country, a region),
 * each with a notice, so a stale or mistyped link still shows a sensible view.
 * Before the data has loaded (no conferences), ids are kept as given.
 */
export function resolveFilters(
  filters: Filters,
  dataset: Dataset,
): { filters: Filters; notices: FilterNotice[] } {
  if (!dataset.conferences.length) return { filters, notices: [] };
  const notices: FilterNotice[] = [];
  const keep = (param: string, values: string[], known: (v: string) => boolean, what: string): string[] =>
    values.filter((v) => {
      if (known(v)) return true;
      notices.push({ param, value: v, message: `Ignored ${param}: no ${what} "${v}" in the data.` });
      return false;
    });
  const conferences = keep(
    'conference',
    filters.conferences,
    (id) => dataset.conferenceById.has(id),
    'conference',
  );
  const themes = dataset.themes.length
    ? keep('theme', filters.themes, (id) => dataset.themeById.has(id), 'theme')
    : filters.themes;
  let { country, region } = filters;
  if (country && !countryInfo(country)) {
    notices.push({
      param: 'country',
      value: country,
      message: `Ignored country: "${country}" is not a known ISO3 code.`,
    });
    country = null;
  }
  if (region && !regionNames().has(region)) {
    notices.push({ param: 'region', value: region, message: `Ignored region: "${region}" is not a region.` });
    region = null;
  }
  return { filters: { ...filters, conferences, themes, country, region }, notices };
}

let regions: Set<string> | undefined;

/** The region names states are grouped by ("Africa", "Americas", "Asia", "Europe", "Oceania"). */
export function regionNames(): Set<string> {
  regions ??= new Set(
    allCountries()
      .map((c) => c.region)
      .filter((r) => r !== 'Antarctic')
      .sort(),
  );
  return regions;
}
