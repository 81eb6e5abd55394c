import type { Conference, Confidence, Level, Role } from '$lib/data';
import {
  conferenceLabel,
  conferenceName,
  formatCount,
  formatList,
  initiativeName,
  nameLang,
  regionName,
} from '$lib/format';
import { currentLang, t, type MessageKey } from '$lib/i18n';
import type { MapKey, MapModel } from './selectMap';

const label = (c: Conference | null): string => (c ? conferenceLabel(c) : '');

/**
 * A conference's full name where a sentence names it ("Seoul Conference on Cyberspace 2013"): in the
 * page's language where the data records it; in another language's page with none recorded, its
 * short label ("Seoul 2013"), which reads in any language, rather than an English name mid-sentence.
 */
export function conferenceTitle(c: Conference): string {
  return nameLang('conferences', c) ? conferenceLabel(c) : conferenceName(c);
}

/** The legend's words for a class, naming the conferences compared ("Joined at Seoul 2013"). */
export function mapKeyLabel(key: MapKey, model: MapModel): string {
  const [a, b] = [label(model.base), label(model.conference)];
  const year = model.asof === null ? '' : String(model.asof);
  switch (key) {
    case 'host':
      return model.mode === 'cumulative' ? t('map.legend.hostedAny') : t('map.key.host');
    case 'attendee':
      return model.mode === 'cumulative' ? t('map.legend.documentedAny') : t('map.key.attendee');
    case 'both':
      return t('map.legend.both', { a, b });
    case 'joined':
      return t('map.legend.joined', { b });
    case 'returned':
      return t('map.legend.returned', { a, b });
    case 'left':
      return t('map.legend.left', { a, b });
    case 'member':
      return model.asof ? t('map.legend.memberBy', { year }) : t('map.key.member');
    case 'signatory':
      return model.asof ? t('map.legend.signatoryBy', { year }) : t('map.key.signatory');
    case 'member-undated':
      return t('map.key.member-undated');
    case 'no-record':
      return t('map.key.no-record');
  }
}

// The data's words for roles, levels, evidence and standing, as the map's tooltip, profile and table say them.
const ROLE = {
  host: 'map.role.host',
  'co-organiser': 'map.role.co-organiser',
  attendee: 'map.role.attendee',
  speaker: 'map.role.speaker',
  observer: 'map.role.observer',
} as const satisfies Record<Role, MessageKey>;
const LEVEL = {
  'head-of-state': 'map.level.head-of-state',
  'head-of-government': 'map.level.head-of-government',
  minister: 'map.level.minister',
  'vice-minister': 'map.level.vice-minister',
  envoy: 'map.level.envoy',
  ambassador: 'map.level.ambassador',
  official: 'map.level.official',
  'non-governmental': 'map.level.non-governmental',
} as const satisfies Record<Level, MessageKey>;
const CONFIDENCE = {
  documented: 'map.confidence.documented',
  'secondary-report': 'map.confidence.secondary-report',
  'pre-event-announcement': 'map.confidence.pre-event-announcement',
} as const satisfies Record<Confidence, MessageKey>;
const STANDING: Readonly<Record<string, MessageKey>> = {
  'founding-member': 'map.standing.founding-member',
  member: 'map.standing.member',
  party: 'map.standing.party',
  signatory: 'map.standing.signatory',
  observer: 'map.standing.observer',
  chair: 'map.standing.chair',
  sponsor: 'map.standing.sponsor',
  'co-host': 'map.standing.co-host',
};

/** A value of the data in words: its message when it has one, else the value with spaces ("head of state"). */
function word(keys: Readonly<Record<string, MessageKey>>, value: string | null | undefined): string {
  if (!value) return '';
  const key = Object.hasOwn(keys, value) ? keys[value] : undefined;
  return key ? t(key) : value.replaceAll('-', ' ');
}
export const roleWord = (role: string | null | undefined): string => word(ROLE, role);
export const levelWord = (level: string | null | undefined): string => word(LEVEL, level);
export const confidenceWord = (confidence: string | null | undefined): string => word(CONFIDENCE, confidence);
/** A membership's standing in words; a row that gives none is a member. */
export const standingWord = (status: string | null | undefined): string => word(STANDING, status || 'member');
/** Words in a run ("attendee, speaker"), with the language's own separator. */
export const wordList = (words: readonly string[]): string => words.join(t('map.separator'));

/**
 * A message's text around one placeholder, for a view that puts an element there (a link, a name
 * marked lang="en"): around('{event}: {roles}' filled, 'event') → ['', ': host'].
 */
export function around(text: string, placeholder: string): [string, string] {
  const at = text.indexOf(`{${placeholder}}`);
  if (at < 0) return [text, ''];
  return [text.slice(0, at), text.slice(at + placeholder.length + 2)];
}

/** Sentences in a row: with a space between them, save in Chinese. */
const sentences = (...parts: string[]): string =>
  parts.filter(Boolean).join(currentLang() === 'zh' ? '' : ' ');

/**
 * One plain sentence saying what the map shows now, for the figure's live summary:
 * "Seoul 2013: hosted by South Korea; 12 states documented by a public source, of the 87 states
 * reported to have taken part."
 */
export function describeMap(model: MapModel, region: string | null = null): string {
  const n = (key: MapKey): number => model.counts[key] ?? 0;
  const zoom = region ? t('map.summary.zoomed', { region: regionName(region) }) : '';
  return sentences(describeModel(model, n), zoom);
}

function describeModel(model: MapModel, n: (key: MapKey) => number): string {
  const event = label(model.conference);
  switch (model.mode) {
    case 'attendance': {
      const hosts = formatList(model.states.filter((s) => s.key === 'host').map((s) => s.name));
      const count = model.coverage.documented;
      const reported = model.coverage.reported;
      if (reported === null)
        return hosts
          ? t('map.summary.hosted', { event, hosts, count })
          : t('map.summary.unreported', { event, count });
      const params = { event, hosts, count, reported: formatCount(reported) };
      return hosts ? t('map.summary.hostedReported', params) : t('map.summary.reported', params);
    }
    case 'cumulative':
      return t('map.summary.cumulative', {
        event,
        span: t('map.summary.conferenceCount', { count: model.span.length }),
        count: model.states.length,
        hosts: formatCount(n('host')),
      });
    case 'compare':
      return t('map.summary.compare', {
        a: label(model.base),
        b: event,
        count: n('both'),
        joined: formatCount(n('joined')),
        returned: formatCount(n('returned')),
        left: formatCount(n('left')),
      });
    case 'membership': {
      const name = model.initiative ? initiativeName(model.initiative) : t('map.initiative');
      const group = model.asof ? t('map.summary.initiativeAsOf', { group: name, year: model.asof }) : name;
      const count = n('member');
      const signatories = n('signatory') ? t('map.summary.signatories', { count: n('signatory') }) : '';
      const undated = n('member-undated') ? t('map.summary.undated', { count: n('member-undated') }) : '';
      if (signatories && undated)
        return t('map.summary.membershipSignedUndated', { group, count, signatories, undated });
      if (signatories) return t('map.summary.membershipSigned', { group, count, signatories });
      if (undated) return t('map.summary.membershipUndated', { group, count, undated });
      return t('map.summary.membership', { group, count });
    }
  }
}

/** The map's title for what it shows: "Who was at Seoul Conference on Cyberspace 2013?". */
export function mapTitle(model: MapModel | null): string {
  if (!model) return t('map.title.default');
  switch (model.mode) {
    case 'membership':
      return model.initiative
        ? t('map.title.membership', { group: initiativeName(model.initiative) })
        : t('map.title.membershipNone');
    case 'compare':
      return t('map.title.compare', { a: label(model.base), b: label(model.conference) });
    case 'cumulative':
      return t('map.title.cumulative', { event: label(model.conference) });
    case 'attendance':
      return model.conference
        ? t('map.title.attendance', { event: conferenceTitle(model.conference) })
        : t('map.title.attendanceNone');
  }
}

/** The sources of what the map frames: the conferences shown, or the initiative, without repeats. */
export function mapSources(model: MapModel | null): string[] {
  if (!model) return [];
  if (model.mode === 'membership') return model.initiative?.source ?? [];
  return [...new Set([model.base, model.conference].flatMap((c) => c?.source ?? []))];
}
