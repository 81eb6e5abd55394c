import {
  countryInfo,
  type Claim,
  type Conference,
  type Dataset,
  type DocumentRow,
  type Initiative,
  type Membership,
  type Participation,
  type PartialDate,
  type ThemeMention,
} from '$lib/data';
import type { Filters } from './filters';

/** The rows of every table that pass the filters; what every view and the table start from. */
export interface FilteredData {
  conferences: Conference[];
  participation: Participation[];
  initiatives: Initiative[];
  memberships: Membership[];
  documents: DocumentRow[];
  themeMentions: ThemeMention[];
  claims: Claim[];
}

/** True when a year range [from, to] (either end open) overlaps the years a dated row covers. */
export function inYears(
  filters: Pick<Filters, 'from' | 'to'>,
  start: PartialDate | null,
  end?: PartialDate | null,
): boolean {
  if (!start) return filters.from === null && filters.to === null;
  const first = start.year;
  const last = end?.year ?? first;
  return (filters.from === null || last >= filters.from) && (filters.to === null || first <= filters.to);
}

const overlaps = (a: readonly string[], b: readonly string[]): boolean =>
  b.length === 0 || a.some((x) => b.includes(x));

/**
 * Applies the filters to every table (pure; no DOM):
 * - year range: conferences by their dates, initiatives by their span, memberships by year,
 *   documents by date; rows with no date pass only when no range is set;
 * - themes: conferences and initiatives tagged with any chosen theme; theme mentions of those themes;
 * - conferences: participation, claims, documents and linked initiatives of the chosen conferences;
 * - region: states in the region (participation, memberships) and initiatives located there;
 * - source: only the bundled rows, or only the user's (`origin`); conferences always stay.
 * The selected state (`country`) and item (`initiative`) highlight; they do not filter.
 */
export function applyFilters(dataset: Dataset, filters: Filters): FilteredData {
  const fromSource = (row: { origin: string }): boolean =>
    filters.source === 'all' || (filters.source === 'bundled') === (row.origin === 'bundled');
  const inRegion = (iso3: string | null): boolean =>
    !filters.region || (iso3 !== null && countryInfo(iso3)?.region === filters.region);
  const chosen = new Set(filters.conferences);
  const conferenceOk = (id: string): boolean => chosen.size === 0 || chosen.has(id);

  // Conferences are the frame the other rows hang on, so the source filter does not remove them.
  const conferences = dataset.conferences.filter(
    (c) =>
      conferenceOk(c.id) && inYears(filters, c.start_date, c.end_date) && overlaps(c.themes, filters.themes),
  );
  const conferenceIds = new Set(conferences.map((c) => c.id));
  const participation = dataset.participation.filter(
    (p) =>
      fromSource(p) && conferenceIds.has(p.conference) && (p.country ? inRegion(p.country) : !filters.region),
  );
  const initiatives = dataset.initiatives.filter(
    (i) =>
      fromSource(i) &&
      (chosen.size === 0 || chosen.has(i.conference)) &&
      inYears(filters, i.date, i.end_date) &&
      overlaps(i.themes, filters.themes) &&
      inRegion(i.country),
  );
  const memberships = dataset.memberships.filter(
    (m) =>
      fromSource(m) &&
      inRegion(m.country) &&
      (m.year === null
        ? filters.from === null && filters.to === null
        : inYears(filters, { year: m.year, precision: 'year', iso: String(m.year) })),
  );
  const documents = dataset.documents.filter(
    (d) => fromSource(d) && (chosen.size === 0 || chosen.has(d.conference)) && inYears(filters, d.date),
  );
  const documentIds = new Set(documents.map((d) => d.id));
  const themeMentions = dataset.themeMentions.filter(
    (m) => documentIds.has(m.document) && (filters.themes.length === 0 || filters.themes.includes(m.theme)),
  );
  const claims = dataset.claims.filter((c) => fromSource(c) && conferenceIds.has(c.conference));
  return { conferences, participation, initiatives, memberships, documents, themeMentions, claims };
}
