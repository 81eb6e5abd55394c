import {
  compareCountryNames,
  countryName,
  type Confidence,
  type Conference,
  type Dataset,
  type Initiative,
  type Level,
  type Participation,
  type Role,
} from '$lib/data';
import type { Filters, MapLayer } from './filters';

/** The three attendance states (the Contracts' data-status); "no record" is never "did not attend". */
export type MapStatus = 'host' | 'attendee' | 'no-record';
/** How a state's record changed between two compared conferences. */
export type MapChange = 'both' | 'joined' | 'returned' | 'left';
/**
 * A state's place in a membership layer as of a year: a member or party, a signatory not yet party,
 * or listed by a source that gives no year.
 */
export type MapMember = 'member' | 'signatory' | 'member-undated';
/** The class a state is drawn in: one legend entry, one fill and one marker symbol. */
export type MapKey = MapStatus | MapChange | MapMember;
/** What the map is showing: the URL's layer, or two conferences compared (`conference=a~b`). */
export type MapMode = MapLayer | 'compare';

/** One state on the map, with what the tooltip, the list and the table say about it. */
export interface MapState {
  iso3: string;
  name: string;
  key: MapKey;
  /** Attendance at the conference shown (the later one when comparing); "no-record" on other layers. */
  status: MapStatus;
  roles: Role[];
  level: Level | null;
  confidence: Confidence | null;
  sources: string[];
  /** Ids of the conferences this state is documented at, within what the layer covers. */
  conferences: string[];
  /** For the membership layer: the first year listed, and the standing as of the year shown. */
  membership: { year: number | null; status: string | null } | null;
  /** True when any row for this state came from the user's file. */
  userData: boolean;
}

/** Everything the map, its legend, list and summary need; built by a pure selector from the URL state. */
export interface MapModel {
  mode: MapMode;
  /** The conference shown (the later one when comparing); null on the membership layer. */
  conference: Conference | null;
  /** The earlier conference when comparing. */
  base: Conference | null;
  /** The conferences the cumulative layer adds up (in order, up to `conference`). */
  span: Conference[];
  /** The initiative whose members are shown, and the year they are shown as of. */
  initiative: Initiative | null;
  asof: number | null;
  /** States in a class other than no-record, by name. */
  states: MapState[];
  /** Every state that appears anywhere in the data, so each can be drawn and opened. */
  known: string[];
  /** The legend's classes for this mode, no-record last. */
  keys: MapKey[];
  /** States per class (no-record is counted by the chart, from what it draws). */
  counts: Partial<Record<MapKey, number>>;
  /** Documented states against the headline count the sources report (null when none applies). */
  coverage: { documented: number; reported: number | null };
}

const CONFIDENCE_ORDER: Confidence[] = ['documented', 'secondary-report', 'pre-event-announcement'];
const rank = (c: Confidence): number => CONFIDENCE_ORDER.indexOf(c);

/** The legend's classes per mode, in reading order. */
export const MAP_KEYS: Readonly<Record<MapMode, MapKey[]>> = {
  attendance: ['host', 'attendee', 'no-record'],
  cumulative: ['host', 'attendee', 'no-record'],
  compare: ['both', 'joined', 'returned', 'left', 'no-record'],
  membership: ['member', 'signatory', 'member-undated', 'no-record'],
};

/** The conferences a stepper walks through: the London Process ones in date order (all, if none is marked). */
export function selectMapSteps(dataset: Dataset): Conference[] {
  const process = dataset.conferences.filter((c) => c.kind !== 'related');
  return process.length ? process : dataset.conferences;
}

/** The conference the map shows: the last one in the URL, else the first of the process. */
export function selectMapConference(dataset: Dataset, filters: Filters): Conference | undefined {
  const wanted = filters.conferences.at(-1);
  return (wanted ? dataset.conferenceById.get(wanted) : undefined) ?? selectMapSteps(dataset)[0];
}

/** Every state the data mentions (participation, memberships, hosts, initiatives' places), sorted. */
export function selectKnownStates(dataset: Dataset): string[] {
  const known = new Set<string>();
  for (const p of dataset.participation) if (p.country) known.add(p.country);
  for (const m of dataset.memberships) if (m.country) known.add(m.country);
  for (const c of dataset.conferences) if (c.country) known.add(c.country);
  for (const i of dataset.initiatives) if (i.country) known.add(i.country);
  return [...known].sort();
}

/** Initiatives that have member rows, for the membership layer's choice, in date order. */
export function selectMembershipInitiatives(dataset: Dataset): Initiative[] {
  const ids = new Set(dataset.memberships.map((m) => m.initiative));
  return dataset.initiatives.filter((i) => ids.has(i.id));
}

/** A documented state with nothing known yet (internal to the map selectors). */
export const blankMapState = (iso3: string, origin: string): MapState => ({
  iso3,
  name: countryName(iso3),
  key: 'attendee',
  status: 'attendee',
  roles: [],
  level: null,
  confidence: null,
  sources: [],
  conferences: [],
  membership: null,
  userData: origin !== 'bundled',
});

/**
 * Each documented state at a set of conferences: its roles, best confidence, every source, the
 * conferences it is documented at; host when it hosted one of them or a source says host.
 */
export function documentedStates(
  dataset: Dataset,
  conferences: readonly Conference[],
  keep: (row: Participation) => boolean,
): Map<string, MapState> {
  const byState = new Map<string, MapState>();
  for (const conference of conferences) {
    const rows = (dataset.participationByConference.get(conference.id) ?? []).filter(keep);
    for (const row of rows) {
      if (!row.country) continue;
      const state = byState.get(row.country) ?? blankMapState(row.country, row.origin);
      if (row.role && !state.roles.includes(row.role)) state.roles.push(row.role);
      if (row.role === 'host') state.status = 'host';
      state.level ??= row.level;
      if (row.confidence && (!state.confidence || rank(row.confidence) < rank(state.confidence)))
        state.confidence = row.confidence;
      for (const url of row.source) if (!state.sources.includes(url)) state.sources.push(url);
      if (!state.conferences.includes(conference.id)) state.conferences.push(conference.id);
      state.userData ||= row.origin !== 'bundled';
      byState.set(row.country, state);
    }
    // The host state is known from the conference itself even if no participation row says so.
    if (conference.country) {
      const host = byState.get(conference.country) ?? blankMapState(conference.country, conference.origin);
      host.status = 'host';
      if (!host.roles.includes('host')) host.roles.unshift('host');
      host.confidence ??= 'documented';
      for (const url of conference.source) if (!host.sources.includes(url)) host.sources.push(url);
      if (!host.conferences.includes(conference.id)) host.conferences.push(conference.id);
      byState.set(conference.country, host);
    }
  }
  for (const s of byState.values()) s.key = s.status;
  return byState;
}

/** Completes a model: sorts its states by name, counts them per class, fills the defaults. */
export function finishMapModel(
  partial: Pick<MapModel, 'mode' | 'conference' | 'states' | 'known'> & Partial<MapModel>,
): MapModel {
  const states = [...partial.states].sort((a, b) => compareCountryNames(a.iso3, b.iso3));
  const counts: Partial<Record<MapKey, number>> = {};
  for (const s of states) counts[s.key] = (counts[s.key] ?? 0) + 1;
  return {
    base: null,
    span: partial.conference ? [partial.conference] : [],
    initiative: null,
    asof: null,
    keys: MAP_KEYS[partial.mode],
    counts,
    coverage: { documented: states.length, reported: null },
    ...partial,
    states,
  };
}

/** The attendance map of one conference: host, documented attendee, no record. */
export function selectMapModel(
  dataset: Dataset,
  conference: Conference,
  keep: (row: Participation) => boolean = () => true,
): MapModel {
  const states = [...documentedStates(dataset, [conference], keep).values()];
  return finishMapModel({
    mode: 'attendance',
    conference,
    states,
    known: selectKnownStates(dataset),
    coverage: { documented: states.length, reported: conference.states },
  });
}

/** "Ever attended": every state documented at any conference of the process up to this one. */
export function selectCumulativeModel(
  dataset: Dataset,
  conference: Conference,
  keep: (row: Participation) => boolean = () => true,
): MapModel {
  const steps = selectMapSteps(dataset);
  const upTo = steps.filter((c) => c.start_date!.iso <= conference.start_date!.iso);
  const span = upTo.includes(conference) ? upTo : [...upTo, conference];
  const states = [...documentedStates(dataset, span, keep).values()];
  return finishMapModel({ mode: 'cumulative', conference, span, states, known: selectKnownStates(dataset) });
}
