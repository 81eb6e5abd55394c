import type { Conference, Dataset, Initiative, Membership, Participation } from '$lib/data';
import {
  blankMapState,
  documentedStates,
  finishMapModel,
  selectKnownStates,
  selectMapSteps,
  type MapChange,
  type MapModel,
  type MapState,
} from './selectMap';

/**
 * Two conferences compared, the earlier first: present at both; joined (documented at the later one
 * and at no conference before it); returned (documented at the later one and at an earlier
 * conference, but not at the earlier one compared); left (documented at the earlier one, no record
 * at the later).
 */
export function selectCompareModel(
  dataset: Dataset,
  first: Conference,
  second: Conference,
  keep: (row: Participation) => boolean = () => true,
): MapModel {
  const [a, b] = first.start_date!.iso <= second.start_date!.iso ? [first, second] : [second, first];
  const before = selectMapSteps(dataset).filter((c) => c !== a && c.start_date!.iso < b.start_date!.iso);
  const earlier = documentedStates(dataset, before, keep);
  const atA = documentedStates(dataset, [a], keep);
  const atB = documentedStates(dataset, [b], keep);
  const states: MapState[] = [];
  for (const [iso3, s] of atB) {
    const key: MapChange = atA.has(iso3) ? 'both' : earlier.has(iso3) ? 'returned' : 'joined';
    const conferences = atA.has(iso3) ? [a.id, b.id] : [b.id];
    const sources = [...new Set([...(atA.get(iso3)?.sources ?? []), ...s.sources])];
    states.push({ ...s, key, conferences, sources });
  }
  for (const [iso3, s] of atA)
    if (!atB.has(iso3)) states.push({ ...s, key: 'left', status: 'no-record', conferences: [a.id] });
  return finishMapModel({
    mode: 'compare',
    conference: b,
    base: a,
    span: [a, b],
    states,
    known: selectKnownStates(dataset),
    coverage: { documented: states.length, reported: null },
  });
}

/**
 * Which states belong to an initiative as of a year. Each state's standing is its latest dated row
 * up to that year: a member or party (any status but signatory), or a signatory not yet party.
 * States whose only rows give no year are shown apart (they may have joined later).
 * With no year, as of the latest year in the initiative's rows.
 */
export function selectMembershipModel(
  dataset: Dataset,
  initiative: Initiative,
  asof: number | null,
  keep: (row: Membership) => boolean = () => true,
): MapModel {
  const rows = dataset.memberships.filter((m) => m.initiative === initiative.id && keep(m));
  const years = rows.map((m) => m.year).filter((y): y is number => y !== null);
  const year = asof ?? (years.length ? Math.max(...years) : null);
  const byState = new Map<string, Membership[]>();
  for (const row of rows) {
    if (!row.country || (row.year !== null && year !== null && row.year > year)) continue;
    byState.set(row.country, [...(byState.get(row.country) ?? []), row]);
  }
  const states = [...byState].map(([iso3, mine]): MapState => {
    // Latest dated row first; in the same year a party outranks a signature.
    const dated = mine
      .filter((m) => m.year !== null)
      .sort(
        (a, b) => b.year! - a.year! || Number(a.status === 'signatory') - Number(b.status === 'signatory'),
      );
    // A signature with an undated ratification may or may not be a party by then: year not given.
    const undatedParty = mine.find((m) => m.year === null && m.status !== 'signatory');
    const uncertain = !dated.length || (dated[0]!.status === 'signatory' && undatedParty);
    const standing = (uncertain ? undatedParty : dated[0]) ?? mine[0]!;
    return {
      ...blankMapState(iso3, mine[0]!.origin),
      status: 'no-record',
      key: uncertain ? 'member-undated' : standing.status === 'signatory' ? 'signatory' : 'member',
      membership: { year: dated.at(-1)?.year ?? null, status: standing.status },
      sources: [...new Set(mine.flatMap((m) => m.source))],
      userData: mine.some((m) => m.origin !== 'bundled'),
    };
  });
  return finishMapModel({
    mode: 'membership',
    conference: null,
    initiative,
    asof: year,
    states,
    known: selectKnownStates(dataset),
  });
}
