import { countryName, type Conference, type Dataset } from '$lib/data';
import { formatList, plural } from '$lib/format';
import type { FilteredData } from './applyFilters';
import type { Filters } from './filters';

/** What changed between two conferences: states documented at both, and at only one. */
export interface ConferenceComparison {
  a: Conference;
  b: Conference;
  both: string[];
  onlyA: string[];
  onlyB: string[];
}

const label = (c: Conference): string => c.short_name || c.name;

/** The states (ISO3) the filtered participation rows document at one conference. */
export function statesDocumentedAt(
  data: Pick<FilteredData, 'participation'>,
  conference: string,
): Set<string> {
  const states = new Set<string>();
  for (const p of data.participation) if (p.conference === conference && p.country) states.add(p.country);
  return states;
}

/** Compares the states documented at two conferences (ids in URL order); null if either is unknown. */
export function compareConferences(
  dataset: Dataset,
  data: Pick<FilteredData, 'participation'>,
  aId: string,
  bId: string,
): ConferenceComparison | null {
  const a = dataset.conferenceById.get(aId);
  const b = dataset.conferenceById.get(bId);
  if (!a || !b) return null;
  const sa = statesDocumentedAt(data, a.id);
  const sb = statesDocumentedAt(data, b.id);
  const sorted = (xs: string[]): string[] => xs.sort();
  return {
    a,
    b,
    both: sorted([...sa].filter((s) => sb.has(s))),
    onlyA: sorted([...sa].filter((s) => !sb.has(s))),
    onlyB: sorted([...sb].filter((s) => !sa.has(s))),
  };
}

// Long lists are cut so the sentence stays readable when read aloud.
function names(iso3s: readonly string[], max = 4): string {
  const shown = iso3s
    .map(countryName)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, max);
  const rest = iso3s.length - shown.length;
  return formatList(rest > 0 ? [...shown, `${rest} more`] : shown);
}

function conferenceSentence(c: Conference, documented: number): string {
  const reported = c.states ? ` of ${c.states} reported` : ' (no headline count reported)';
  return `${label(c)}: ${plural(documented, 'state')} documented${reported}.`;
}

/**
 * A plain-language summary of the current view, for the page and for screen readers:
 * "Seoul 2013: 41 states documented of 87 reported. 3 themes selected: … 2012–2015, Europe."
 * Pure: the same filters and data always give the same words. `loading` says that the initiatives and
 * memberships are still on their way (the map's first view draws before they arrive).
 */
export function summarizeView(
  dataset: Dataset,
  filters: Filters,
  data: FilteredData,
  loading = false,
): string {
  if (!dataset.conferences.length) return 'No data loaded yet.';
  const parts: string[] = [];
  const [first, second] = filters.conferences;
  const comparison = first && second ? compareConferences(dataset, data, first, second) : null;
  if (comparison) {
    const { a, b, both, onlyA, onlyB } = comparison;
    parts.push(
      `${label(a)} compared with ${label(b)}: ${plural(both.length, 'state')} documented at both` +
        `, ${onlyA.length} only at ${label(a)}${onlyA.length ? ` (${names(onlyA)})` : ''}` +
        `, ${onlyB.length} only at ${label(b)}${onlyB.length ? ` (${names(onlyB)})` : ''}.`,
    );
  } else if (first) {
    const c = dataset.conferenceById.get(first);
    if (c) parts.push(conferenceSentence(c, statesDocumentedAt(data, c.id).size));
  } else {
    const states = new Set(data.participation.flatMap((p) => (p.country ? [p.country] : [])));
    // Counted as the map's stepper counts them: the process's conferences, then related events apart.
    const related = data.conferences.filter((c) => c.kind === 'related').length;
    const process = data.conferences.length - related;
    const what =
      related && process
        ? `${plural(process, 'conference')} of the London Process and ${plural(related, 'related event')}`
        : plural(data.conferences.length, 'conference');
    parts.push(`${what} in view, with ${plural(states.size, 'state')} documented at one or more.`);
  }
  if (filters.themes.length) {
    const themes = filters.themes.map((id) => dataset.themeById.get(id)?.label ?? id);
    parts.push(`${plural(themes.length, 'theme')} selected: ${formatList(themes)}.`);
  }
  const scope: string[] = [];
  if (filters.from !== null || filters.to !== null) {
    if (filters.from !== null && filters.to !== null)
      scope.push(filters.from === filters.to ? `in ${filters.from}` : `${filters.from}–${filters.to}`);
    else scope.push(filters.from !== null ? `from ${filters.from}` : `up to ${filters.to}`);
  }
  if (filters.region) scope.push(`states in ${filters.region}`);
  if (filters.source === 'bundled') scope.push('bundled data only');
  if (filters.source === 'user') scope.push('your data only');
  if (scope.length) parts.push(`Showing ${formatList(scope)}.`);
  // Not while the data holds no initiatives yet (on the map they arrive just after the first draw):
  // "0 initiatives match" would say something about the filters that is not so. Saying that they
  // are coming takes about as much room, so the page below does not move when they arrive.
  if (dataset.initiatives.length)
    parts.push(
      `${plural(data.initiatives.length, 'initiative')} and ${plural(data.memberships.length, 'membership')} match.`,
    );
  else if (loading) parts.push('Initiatives and memberships are loading.');
  if (filters.country) {
    const attended = new Set(
      dataset.participation.filter((p) => p.country === filters.country).map((p) => p.conference),
    );
    parts.push(
      `Selected: ${countryName(filters.country)}, documented at ${attended.size} of ${plural(dataset.conferences.length, 'conference')}.`,
    );
  }
  if (filters.initiative) {
    const i = dataset.initiativeById.get(filters.initiative);
    if (i) parts.push(`Selected: ${i.name}.`);
  }
  return parts.join(' ');
}
