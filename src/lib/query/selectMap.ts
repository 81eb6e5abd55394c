import {
  countryName,
  type Confidence,
  type Conference,
  type Dataset,
  type Level,
  type Role,
} from '$lib/data';
import type { Filters } from './filters';

/** The three states the map distinguishes; "no record" is never "did not attend". */
export type MapStatus = 'host' | 'attendee' | 'no-record';

/** One state's place on the map for one conference. */
export interface MapState {
  iso3: string;
  name: string;
  status: MapStatus;
  /** Roles the sources give (host, co-organiser, attendee, speaker, observer). */
  roles: Role[];
  level: Level | null;
  confidence: Confidence | null;
  sources: string[];
  /** True when any row for this state came from the user's file. */
  userData: boolean;
}

/** What the map shows for one conference: its documented states and how complete that list is. */
export interface MapModel {
  conference: Conference;
  /** Every state documented at the conference (hosts and attendees), by name. */
  states: MapState[];
  /** Every state that appears anywhere in the data, so each can be drawn and opened. */
  known: string[];
  /** Documented states by status; "no record" is every other state drawn, counted by the chart. */
  counts: { host: number; attendee: number };
  /** Documented states against the headline count the sources report (null when none is reported). */
  coverage: { documented: number; reported: number | null };
}

const CONFIDENCE_ORDER: Confidence[] = ['documented', 'secondary-report', 'pre-event-announcement'];

/** The conference the map shows: the one in the URL, else the first of the process. */
export function selectMapConference(dataset: Dataset, filters: Filters): Conference | undefined {
  const wanted = filters.conferences[0];
  return (
    (wanted ? dataset.conferenceById.get(wanted) : undefined) ??
    dataset.conferences.find((c) => c.kind !== 'related') ??
    dataset.conferences[0]
  );
}

/** Every state the data mentions (participation, memberships, hosts), sorted. */
export function selectKnownStates(dataset: Dataset): string[] {
  const known = new Set<string>();
  for (const p of dataset.participation) if (p.country) known.add(p.country);
  for (const m of dataset.memberships) if (m.country) known.add(m.country);
  for (const c of dataset.conferences) if (c.country) known.add(c.country);
  return [...known].sort();
}

/**
 * Builds the map's view model for one conference: each documented state with its status (host when
 * it hosted or a source says host; otherwise attendee), the best confidence and every source.
 */
export function selectMapModel(dataset: Dataset, conference: Conference): MapModel {
  const byState = new Map<string, MapState>();
  const rows = dataset.participationByConference.get(conference.id) ?? [];
  for (const row of rows) {
    if (!row.country) continue;
    const state =
      byState.get(row.country) ??
      ({
        iso3: row.country,
        name: countryName(row.country),
        status: 'attendee',
        roles: [],
        level: null,
        confidence: null,
        sources: [],
        userData: false,
      } satisfies MapState);
    if (row.role && !state.roles.includes(row.role)) state.roles.push(row.role);
    if (row.role === 'host') state.status = 'host';
    state.level ??= row.level;
    if (row.confidence && (!state.confidence || rank(row.confidence) < rank(state.confidence)))
      state.confidence = row.confidence;
    for (const url of row.source) if (!state.sources.includes(url)) state.sources.push(url);
    state.userData ||= row.origin !== 'bundled';
    byState.set(row.country, state);
  }
  // The host state is known from the conference itself even if no participation row says so.
  if (conference.country) {
    const host = byState.get(conference.country);
    if (host) host.status = 'host';
    else
      byState.set(conference.country, {
        iso3: conference.country,
        name: countryName(conference.country),
        status: 'host',
        roles: ['host'],
        level: null,
        confidence: 'documented',
        sources: conference.source,
        userData: conference.origin !== 'bundled',
      });
  }
  const states = [...byState.values()].sort((a, b) => a.name.localeCompare(b.name));
  const host = states.filter((s) => s.status === 'host').length;
  const known = selectKnownStates(dataset);
  return {
    conference,
    states,
    known,
    counts: { host, attendee: states.length - host },
    coverage: { documented: states.length, reported: conference.states },
  };
}

const rank = (c: Confidence): number => CONFIDENCE_ORDER.indexOf(c);
