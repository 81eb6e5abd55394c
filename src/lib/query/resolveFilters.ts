import { allCountries, countryInfo, type Dataset } from '$lib/data';
import { t, type MessageKey, type Params } from '$lib/i18n';
import type { FilterNotice, Filters } from './filters';

/** Why a value was ignored: a message and its placeholders. */
export interface NoticeReason {
  key: MessageKey;
  params?: Params;
}

/**
 * A notice about a URL value. Its message is made when it is shown, so it is said in the page's
 * language, and a change of language does not make the URL be read again.
 */
export function filterNotice(param: string, value: string, message: NoticeReason): FilterNotice {
  return {
    param,
    value,
    get message() {
      return t(message.key, message.params);
    },
  };
}

/** A notice that a URL value was ignored, and why: "Ignored view: "chart" is not a view; …". */
export function ignoredNotice(param: string, value: string, reason: NoticeReason): FilterNotice {
  return {
    param,
    value,
    get message() {
      return t('filters.notice.ignored', { param, reason: t(reason.key, reason.params) });
    },
  };
}

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
  const keep = (param: string, values: string[], known: (v: string) => boolean, key: MessageKey): string[] =>
    values.filter((v) => {
      if (known(v)) return true;
      notices.push(ignoredNotice(param, v, { key, params: { value: v } }));
      return false;
    });
  const conferences = keep(
    'conference',
    filters.conferences,
    (id) => dataset.conferenceById.has(id),
    'filters.reason.unknownConference',
  );
  const themes = dataset.themes.length
    ? keep('theme', filters.themes, (id) => dataset.themeById.has(id), 'filters.reason.unknownTheme')
    : filters.themes;
  let { country, region } = filters;
  if (country && !countryInfo(country)) {
    notices.push(
      ignoredNotice('country', country, { key: 'filters.reason.unknownCountry', params: { value: country } }),
    );
    country = null;
  }
  if (region && !regionNames().has(region)) {
    notices.push(
      ignoredNotice('region', region, { key: 'filters.reason.unknownRegion', params: { value: region } }),
    );
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
