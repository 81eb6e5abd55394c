import { dateEnd, dateStart, type Dataset, type PartialDate } from '$lib/data';
import {
  conferenceLabel,
  conferenceName,
  formatDateRange,
  initiativeName,
  nameLang,
  themeLabel,
} from '$lib/format';
import { t } from '$lib/i18n';
import type { FilteredData } from './applyFilters';
import type { Filters } from './filters';

/** The lane of conferences, drawn above the theme lanes. */
export const CONFERENCE_LANE = 'conferences';
/** The lane of initiatives tagged with no theme. */
export const UNTHEMED_LANE = 'other';

/** One mark on the timeline: a conference, or an initiative in one of its theme lanes. */
export interface TimelineItem {
  kind: 'conference' | 'initiative';
  id: string;
  /** Unique per mark: an initiative with three themes has three marks. */
  key: string;
  /** Its name in the page's language where the data records one, else in English. */
  name: string;
  /** Short label ("Seoul 2013"). */
  label: string;
  /** 'en' where the name (or the label) is the English one in another language's page, else undefined. */
  nameLang: 'en' | undefined;
  labelLang: 'en' | undefined;
  lane: string;
  /** Start of the first day, month or year the date names (UTC). */
  start: Date;
  /** The instant just after the last day, month or year it names: a year-only date spans its year. */
  end: Date;
  /** Whether it is drawn as a span (a year, a month, or a start and an end) rather than a day. */
  span: boolean;
  /** The date as the source gives it ("2013", "Oct 2013", "17–18 Oct 2013"). */
  when: string;
  themes: string[];
  city: string;
  conference: string | null;
  origin: string;
}

/** A horizontal lane: the conferences, or one theme. */
export interface TimelineLane {
  id: string;
  label: string;
  colour: string;
}

export interface TimelineModel {
  items: TimelineItem[];
  lanes: TimelineLane[];
  /** The whole range: 1 January of the first item's year to the end of the last item. */
  domain: [Date, Date];
  /** What is shown first: from 2011 (or the `from` year) to the end of the last item. */
  initial: [Date, Date];
  /** Distinct conferences and initiatives drawn. */
  counts: { conferences: number; initiatives: number };
}

const NEUTRAL = '#767676';

function timing(
  start: PartialDate,
  end: PartialDate | null,
): Pick<TimelineItem, 'start' | 'end' | 'span' | 'when'> {
  return {
    start: dateStart(start),
    end: dateEnd(end ?? start),
    span: Boolean(end && end.iso !== start.iso) || start.precision !== 'day',
    when: formatDateRange(start, end),
  };
}

/**
 * The timeline's marks for the filtered data (pure). Dates keep their precision: "2013" spans the
 * whole year and "Oct 2013" its month, so nothing is drawn on a 1 January the source never gave.
 * An initiative with several themes appears in each of its lanes (a multi-theme glyph would have to
 * encode eight colours at once; repeating it keeps each lane complete and readable).
 * Only lanes of the chosen themes are shown when themes are filtered.
 */
export function selectTimeline(
  dataset: Dataset,
  data: Pick<FilteredData, 'conferences' | 'initiatives'>,
  filters: Pick<Filters, 'themes' | 'from'>,
): TimelineModel {
  const items: TimelineItem[] = [];
  for (const c of data.conferences) {
    if (!c.start_date) continue;
    items.push({
      kind: 'conference',
      id: c.id,
      key: c.id,
      name: conferenceName(c),
      label: conferenceLabel(c),
      nameLang: nameLang('conferences', c),
      labelLang: nameLang('conferences', c, 'short'),
      lane: CONFERENCE_LANE,
      ...timing(c.start_date, c.end_date),
      span: false,
      themes: [],
      city: c.city,
      conference: c.id,
      origin: c.origin,
    });
  }
  const chosen = new Set(filters.themes);
  for (const i of data.initiatives) {
    if (!i.date) continue;
    const lanes = i.themes.length ? i.themes : [UNTHEMED_LANE];
    for (const lane of lanes) {
      if (chosen.size && !chosen.has(lane)) continue;
      items.push({
        kind: 'initiative',
        id: i.id,
        key: `${i.id}@${lane}`,
        name: initiativeName(i),
        label: initiativeName(i),
        nameLang: nameLang('initiatives', i),
        labelLang: nameLang('initiatives', i),
        lane,
        ...timing(i.date, i.end_date),
        themes: i.themes,
        city: i.city,
        conference: i.conference,
        origin: i.origin,
      });
    }
  }
  const used = new Set(items.map((i) => i.lane));
  const lanes: TimelineLane[] = [
    { id: CONFERENCE_LANE, label: t('timeline.lane.conferences'), colour: NEUTRAL },
    ...dataset.themes
      .filter((theme) => used.has(theme.id))
      .map((theme) => ({ id: theme.id, label: themeLabel(theme), colour: theme.colour })),
  ];
  if (used.has(UNTHEMED_LANE))
    lanes.push({ id: UNTHEMED_LANE, label: t('timeline.lane.unthemed'), colour: NEUTRAL });
  const known = new Set(lanes.map((l) => l.id));
  // A theme id that the themes table lacks still gets a lane, in neutral grey.
  for (const lane of used) if (!known.has(lane)) lanes.push({ id: lane, label: lane, colour: NEUTRAL });
  return {
    items,
    lanes,
    ...timelineDomain(items, filters.from),
    counts: {
      conferences: new Set(items.filter((i) => i.kind === 'conference').map((i) => i.id)).size,
      initiatives: new Set(items.filter((i) => i.kind === 'initiative').map((i) => i.id)).size,
    },
  };
}

/** The whole range of the items, and the first window: from 2011 (or `from`) to the last item. */
function timelineDomain(
  items: TimelineItem[],
  from: number | null,
): Pick<TimelineModel, 'domain' | 'initial'> {
  const opening = Date.UTC(from ?? 2011, 0, 1);
  const first = items.reduce((min, i) => Math.min(min, i.start.getTime()), opening);
  const firstYear = Date.UTC(new Date(first).getUTCFullYear(), 0, 1);
  const last = items.reduce((max, i) => Math.max(max, i.end.getTime()), opening + 365 * 864e5);
  return { domain: [new Date(firstYear), new Date(last)], initial: [new Date(opening), new Date(last)] };
}

/** The window "from London to The Hague": 1 Nov 2011 to the end of April 2015, as in the atlas' story. */
export const LONDON_TO_THE_HAGUE: [Date, Date] = [
  new Date(Date.UTC(2011, 9, 1)),
  new Date(Date.UTC(2015, 5, 1)),
];
