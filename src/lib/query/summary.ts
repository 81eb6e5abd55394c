import { compareCountryNames, countryName, type Conference, type Dataset } from '$lib/data';
import {
  conferenceLabel,
  formatCount,
  formatList,
  initiativeName,
  regionName,
  themeLabel,
} from '$lib/format';
import { currentLang, t } from '$lib/i18n';
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
  const shown = [...iso3s].sort(compareCountryNames).slice(0, max).map(countryName);
  const rest = iso3s.length - shown.length;
  return formatList(rest > 0 ? [...shown, t('filters.summary.more', { count: rest })] : shown);
}

/** "2 only at London 2011 (Estonia and United Kingdom)": the states documented at one conference only. */
function onlyAt(c: Conference, iso3s: readonly string[]): string {
  return iso3s.length
    ? t('filters.summary.onlyAtNamed', { count: iso3s.length, name: conferenceLabel(c), names: names(iso3s) })
    : t('filters.summary.onlyAt', { count: 0, name: conferenceLabel(c) });
}

function conferenceSentence(c: Conference, documented: number): string {
  return c.states
    ? t('filters.summary.conference', {
        name: conferenceLabel(c),
        count: documented,
        reported: formatCount(c.states),
      })
    : t('filters.summary.conferenceUnreported', { name: conferenceLabel(c), count: documented });
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
  if (!dataset.conferences.length) return t('filters.summary.noData');
  const parts: string[] = [];
  const [first, second] = filters.conferences;
  const comparison = first && second ? compareConferences(dataset, data, first, second) : null;
  if (comparison) {
    const { a, b, both, onlyA, onlyB } = comparison;
    parts.push(
      t('filters.summary.compared', {
        a: conferenceLabel(a),
        b: conferenceLabel(b),
        count: both.length,
        onlyA: onlyAt(a, onlyA),
        onlyB: onlyAt(b, onlyB),
      }),
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
        ? formatList([
            t('filters.summary.processConferences', { count: process }),
            t('filters.summary.relatedEvents', { count: related }),
          ])
        : t('filters.summary.conferences', { count: data.conferences.length });
    parts.push(t('filters.summary.inView', { what, count: states.size }));
  }
  if (filters.themes.length) {
    const themes = filters.themes.map((id) => {
      const theme = dataset.themeById.get(id);
      return theme ? themeLabel(theme) : id;
    });
    parts.push(t('filters.summary.themes', { count: themes.length, names: formatList(themes) }));
  }
  const scope: string[] = [];
  if (filters.from !== null || filters.to !== null) {
    if (filters.from !== null && filters.to !== null)
      scope.push(
        filters.from === filters.to
          ? t('filters.summary.inYear', { year: filters.from })
          : `${filters.from}–${filters.to}`,
      );
    else
      scope.push(
        filters.from !== null
          ? t('filters.summary.fromYear', { year: filters.from })
          : t('filters.summary.upToYear', { year: filters.to! }),
      );
  }
  if (filters.region) scope.push(t('filters.summary.statesIn', { region: regionName(filters.region) }));
  if (filters.source === 'bundled') scope.push(t('filters.summary.bundledOnly'));
  if (filters.source === 'user') scope.push(t('filters.summary.userOnly'));
  if (scope.length) parts.push(t('filters.summary.showing', { scope: formatList(scope) }));
  // Not while the data holds no initiatives yet (on the map they arrive just after the first draw):
  // "0 initiatives match" would say something about the filters that is not so. Saying that they
  // are coming takes about as much room, so the page below does not move when they arrive.
  if (dataset.initiatives.length)
    parts.push(
      t('filters.summary.match', {
        items: t('filters.summary.initiatives', { count: data.initiatives.length }),
        entries: t('filters.summary.memberships', { count: data.memberships.length }),
      }),
    );
  else if (loading) parts.push(t('filters.summary.loading'));
  if (filters.country) {
    const attended = new Set(
      dataset.participation.filter((p) => p.country === filters.country).map((p) => p.conference),
    );
    parts.push(
      t('filters.summary.selectedState', {
        name: countryName(filters.country),
        attended: formatCount(attended.size),
        count: dataset.conferences.length,
      }),
    );
  }
  if (filters.initiative) {
    const i = dataset.initiativeById.get(filters.initiative);
    if (i) parts.push(t('filters.summary.selectedInitiative', { name: initiativeName(i) }));
  }
  // Chinese sentences follow one another without a space.
  return parts.join(currentLang() === 'zh' ? '' : ' ');
}
