import type { Conference } from '$lib/data';
import { formatList as list, plural as count } from '$lib/format';
import type { MapKey, MapModel } from './selectMap';

const label = (c: Conference | null): string => (c ? c.short_name || c.name : '');

/** The legend's words for a class, naming the conferences compared ("Joined at Seoul 2013"). */
export function mapKeyLabel(key: MapKey, model: MapModel): string {
  const [a, b] = [label(model.base), label(model.conference)];
  switch (key) {
    case 'host':
      return model.mode === 'cumulative' ? 'Hosted a conference' : 'Host';
    case 'attendee':
      return model.mode === 'cumulative' ? 'Documented at one or more' : 'Documented attendee';
    case 'both':
      return `At both ${a} and ${b}`;
    case 'joined':
      return `Joined: first documented at ${b}`;
    case 'returned':
      return `Returned at ${b}: documented earlier, not at ${a}`;
    case 'left':
      return `Left: at ${a}, no record at ${b}`;
    case 'member':
      return model.asof ? `Member or party by ${model.asof}` : 'Member or party';
    case 'signatory':
      return model.asof ? `Signatory, not yet party, by ${model.asof}` : 'Signatory, not yet party';
    case 'member-undated':
      return 'Listed, year not given';
    case 'no-record':
      return 'No record';
  }
}

/**
 * One plain sentence saying what the map shows now, for the figure's live summary:
 * "Seoul 2013: hosted by South Korea; 12 states documented by a public source, of the 87 states
 * reported to have taken part."
 */
export function describeMap(model: MapModel, region: string | null = null): string {
  const n = (key: MapKey): number => model.counts[key] ?? 0;
  const zoom = region ? ` Zoomed to ${region}.` : '';
  switch (model.mode) {
    case 'attendance': {
      const hosts = model.states.filter((s) => s.key === 'host').map((s) => s.name);
      const reported = model.coverage.reported
        ? `of the ${model.coverage.reported} states reported to have taken part`
        : 'no headline count of states is reported';
      const hosted = hosts.length ? `hosted by ${list(hosts)}; ` : '';
      return `${label(model.conference)}: ${hosted}${count(model.coverage.documented, 'state')} documented by a public source, ${reported}.${zoom}`;
    }
    case 'cumulative':
      return `Up to ${label(model.conference)} (${count(model.span.length, 'conference')}): ${count(model.states.length, 'state')} documented at one or more, ${n('host')} of them as hosts.${zoom}`;
    case 'compare':
      return `From ${label(model.base)} to ${label(model.conference)}: ${count(n('both'), 'state')} documented at both, ${n('joined')} joined, ${n('returned')} returned and ${n('left')} left (no record at ${label(model.conference)}).${zoom}`;
    case 'membership': {
      const signed = n('signatory')
        ? `, ${count(n('signatory'), 'signatory', 'signatories')} not yet party`
        : '';
      const undated = n('member-undated')
        ? `, and ${count(n('member-undated'), 'more state')} listed with no year`
        : '';
      const asof = model.asof ? ` as of ${model.asof}` : '';
      return `${model.initiative?.name ?? 'Initiative'}${asof}: ${count(n('member'), 'member state')} (members or parties) documented${signed}${undated}.${zoom}`;
    }
  }
}

/** The map's title for what it shows: "Who was at Seoul Conference on Cyberspace 2013?". */
export function mapTitle(model: MapModel | null): string {
  if (!model) return 'Participation map';
  switch (model.mode) {
    case 'membership':
      return `Members of ${model.initiative?.name ?? 'an initiative'}`;
    case 'compare':
      return `Who came and went: ${label(model.base)} to ${label(model.conference)}`;
    case 'cumulative':
      return `Who had attended by ${label(model.conference)}?`;
    case 'attendance':
      return `Who was at ${model.conference?.name ?? 'the conference'}?`;
  }
}

/** The sources of what the map frames: the conferences shown, or the initiative, without repeats. */
export function mapSources(model: MapModel | null): string[] {
  if (!model) return [];
  if (model.mode === 'membership') return model.initiative?.source ?? [];
  return [...new Set([model.base, model.conference].flatMap((c) => c?.source ?? []))];
}
