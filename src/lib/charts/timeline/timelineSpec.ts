import * as Plot from '@observablehq/plot';
import { currentLang, formatLocale, t, type Lang } from '$lib/i18n';
import type { TimelineItem, TimelineModel } from '$lib/query';
import { seriesColour, type Palette } from '../palette';
import { tagElements } from '../tagElements';
import { around, ELEMENT, listSeparator } from './listSeparator';
import { estimateTextWidth, placeLabels } from './labelPlacement';

/** What the timeline spec needs: the model, the visible window, the size and the colours. */
export interface TimelineSpecInput {
  model: TimelineModel;
  /** The visible time window (zoom); marks outside it are clipped. */
  window: [Date, Date];
  width: number;
  palette: Readonly<Palette>;
  /** The selected initiative or conference id, drawn with a ring. */
  selected: string | null;
  /** Ids of items of highlighted states (URL `highlight=`): data-highlight and a heavy outline. */
  highlighted?: ReadonlySet<string>;
}

/** Lane height in px: room for a dot and a focus ring, with air between lanes. */
export const LANE_HEIGHT = 34;

const overlaps = (i: TimelineItem, [a, b]: [Date, Date]): boolean => i.end > a && i.start < b;

/** The accessible name of a mark: what it is, when, and its themes. */
export function itemLabel(item: TimelineItem, themeLabel: (id: string) => string): string {
  const what = item.kind === 'conference' ? t('timeline.item.conference', { name: item.name }) : item.name;
  const label = item.city
    ? t('timeline.item.whenWhere', { what, when: item.when, place: item.city })
    : t('timeline.item.when', { what, when: item.when });
  return item.themes.length
    ? t('timeline.item.themes', { item: label, themes: item.themes.map(themeLabel).join(listSeparator()) })
    : label;
}

/** The ids of the hidden texts that name a mark in parts: before its name, its name, after it. */
const labelIds = (item: TimelineItem): [string, string, string] => {
  const id = `timeline-label-${item.key.replace(/[^\w-]/g, '_')}`;
  return [`${id}-before`, `${id}-name`, `${id}-after`];
};

/**
 * The hidden texts that name the marks whose name is the English one in another language's page
 * (their aria-labelledby): the name in a text of its own marked lang="en", so that a screen reader
 * reads it as English and the rest in the page's language.
 */
function partLabels(items: readonly TimelineItem[], themeLabel: (id: string) => string): Plot.Markish {
  return (_index, _scales, _values, _dimensions, context) => {
    const svg = 'http://www.w3.org/2000/svg';
    const g = context.document.createElementNS(svg, 'g');
    g.setAttribute('display', 'none');
    g.setAttribute('aria-hidden', 'true');
    for (const item of items) {
      const [before, after] = around(itemLabel({ ...item, name: ELEMENT }, themeLabel));
      labelIds(item).forEach((id, i) => {
        const text = context.document.createElementNS(svg, 'text');
        text.setAttribute('id', id);
        if (i === 1) text.setAttribute('lang', 'en');
        text.textContent = [before, item.name, after][i]!;
        g.append(text);
      });
    }
    return g;
  };
}

/**
 * The timeline as Plot options (pure): one lane per theme under a lane of conferences, a shared
 * time axis, spans for dates given as a year or a month or as a start and an end, dots for single
 * days, conference dates as rules across every lane. Each mark carries data-kind and data-id.
 */
export function timelineSpec({
  model,
  window,
  width,
  palette,
  selected,
  highlighted = new Set(),
}: TimelineSpecInput): Plot.PlotOptions {
  // In print, each lane a grey (the lanes, labelled, tell the themes apart).
  const colour = new Map(model.lanes.map((l, i) => [l.id, seriesColour(palette, l.colour, i)]));
  const laneLabel = new Map(model.lanes.map((l) => [l.id, l.label]));
  const themeLabel = (id: string): string => laneLabel.get(id) ?? id;
  const visible = model.items.filter((i) => overlaps(i, window));
  const conferences = visible.filter((i) => i.kind === 'conference');
  const spans = visible.filter((i) => i.kind === 'initiative' && i.span);
  const days = visible.filter((i) => i.kind === 'initiative' && !i.span);
  const picked = visible.filter((i) => i.id === selected);
  const tag = (items: TimelineItem[]) =>
    tagElements(items, (i) => ({
      role: 'img',
      'data-kind': i.kind,
      'data-id': i.id,
      'data-key': i.key,
      ...(highlighted.has(i.id) ? { 'data-highlight': 'true' } : {}),
      ...(i.nameLang
        ? { 'aria-labelledby': labelIds(i).join(' ') }
        : { 'aria-label': itemLabel(i, themeLabel) }),
    }));
  const fill = (i: TimelineItem): string => colour.get(i.lane) ?? palette.muted;
  const compact = width < 560;
  const marginLeft = compact ? 118 : 200;
  const marginRight = 16;
  const { marks: labelRows, rows } = conferenceLabels(
    conferences,
    window,
    [marginLeft, width - marginRight],
    palette,
  );
  // Each row of labels past the first takes a row of its own above the lanes.
  const marginTop = 28 + LABEL_ROW * Math.max(0, rows - 1);
  return {
    width,
    height: model.lanes.length * LANE_HEIGHT + 20 + marginTop,
    marginLeft,
    marginRight,
    marginTop,
    style: { background: 'transparent', color: palette.text, fontSize: '12px' },
    ariaLabel: t('timeline.chart'),
    clip: 'frame',
    x: {
      type: 'utc',
      domain: window,
      label: null,
      grid: true,
      ticks: Math.max(2, Math.floor(width / 110)),
      // English keeps Plot's own format; another language names its months itself. Years are numbers.
      ...(currentLang() === 'en' ? {} : { tickFormat: timeTicks(currentLang()) }),
    },
    y: {
      domain: model.lanes.map((l) => l.id),
      label: null,
      // The lane's name in the margin, less the tick labels' padding.
      tickFormat: (id: string) => truncate(themeLabel(id), marginLeft - 12),
      tickSize: 0,
    },
    marks: [
      Plot.ruleX(conferences, { x: 'start', stroke: palette.muted, strokeOpacity: 0.5, ariaHidden: 'true' }),
      Plot.barX(spans, {
        x1: 'start',
        x2: 'end',
        y: 'lane',
        fill,
        fillOpacity: 0.85,
        insetTop: 9,
        insetBottom: 9,
        rx: 3,
        stroke: palette.background,
        render: tag(spans),
      }),
      Plot.dot(days, {
        x: 'start',
        y: 'lane',
        fill,
        r: 6,
        stroke: palette.background,
        render: tag(days),
      }),
      Plot.dot(conferences, {
        x: 'start',
        y: 'lane',
        symbol: 'diamond2',
        r: 8,
        fill: palette.text,
        stroke: palette.background,
        render: tag(conferences),
      }),
      ...labelRows,
      ...(visible.some((i) => i.nameLang)
        ? [
            partLabels(
              visible.filter((i) => i.nameLang),
              themeLabel,
            ),
          ]
        : []),
      // Items of highlighted states: a heavy outline in the text colour around each mark.
      Plot.dot(
        visible.filter((i) => highlighted.has(i.id)),
        {
          x: (i: TimelineItem) => (i.span ? new Date((i.start.getTime() + i.end.getTime()) / 2) : i.start),
          y: 'lane',
          r: 10,
          fill: 'none',
          stroke: palette.text,
          strokeWidth: 2,
          ariaHidden: 'true',
        },
      ),
      Plot.dot(picked, {
        x: (i: TimelineItem) => (i.span ? new Date((i.start.getTime() + i.end.getTime()) / 2) : i.start),
        y: 'lane',
        r: 12,
        fill: 'none',
        stroke: palette.focus,
        strokeWidth: 3,
        ariaHidden: 'true',
      }),
    ],
  };
}

/** Height in px of one row of conference labels. */
const LABEL_ROW = 15;

/**
 * The conference labels above their lane, placed so that none overlaps another or leaves the frame
 * (placeLabels): one text mark per row, each label at the date its slid centre falls on.
 */
function conferenceLabels(
  conferences: readonly TimelineItem[],
  [a, b]: [Date, Date],
  [left, right]: [number, number],
  palette: Readonly<Palette>,
): { marks: Plot.Markish[]; rows: number } {
  const span = b.getTime() - a.getTime();
  const toPx = (d: Date): number => left + ((d.getTime() - a.getTime()) / span) * (right - left);
  const toDate = (px: number): Date => new Date(a.getTime() + ((px - left) / (right - left)) * span);
  const placed = placeLabels(
    conferences.map((c) => ({ x: toPx(c.start), text: c.label })),
    { left, right },
  );
  const rows = placed.reduce((max, p) => Math.max(max, p.row + 1), 0);
  const marks = Array.from({ length: rows }, (_, row) => {
    const data = conferences
      .map((item, i) => ({ item, at: toDate(placed[i]!.centre), row: placed[i]!.row }))
      .filter((d) => d.row === row);
    return Plot.text(data, {
      x: 'at',
      y: (d: { item: TimelineItem }) => d.item.lane,
      text: (d: { item: TimelineItem }) => d.item.label,
      dy: -15 - LABEL_ROW * row,
      fill: palette.text,
      fontWeight: 600,
      // Rows past the first sit above the frame, in the margin made for them.
      clip: false,
      ariaHidden: 'true',
      className: 'conference-label',
      // A label that is the English name in another language's page says so.
      render: tagElements(data, (d): Record<string, string> => (d.item.labelLang ? { lang: 'en' } : {})),
    });
  });
  return { marks, rows };
}

/**
 * The time axis's ticks in a language other than English, laid out as Plot lays out English ones:
 * years as numbers; months by their short names and days by their numbers, with the year (or the
 * month) on a second line under the first tick and wherever it changes.
 */
function timeTicks(lang: Lang): (date: Date, i: number, ticks?: readonly Date[]) => string {
  const locale = formatLocale(lang);
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
  const sameYear = (a: Date, b: Date): boolean => a.getUTCFullYear() === b.getUTCFullYear();
  return (date, i, ticks = [date]) => {
    if (ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1))
      return String(date.getUTCFullYear());
    const months = ticks.every((d) => d.getUTCDate() === 1);
    const [first, second] = months
      ? [month.format(date), String(date.getUTCFullYear())]
      : [day.format(date), month.format(date)];
    const before = ticks[i - 1];
    const same = before && sameYear(before, date) && (months || before.getUTCMonth() === date.getUTCMonth());
    return same ? first : `${first}\n${second}`;
  };
}

/**
 * `text` cut with "…" to fit `room` px in the axis's regular 12 px type (its estimated bold width
 * times 0.85), whatever its script: Cyrillic runs wider than Latin, Arabic narrower, Chinese a full em.
 */
function truncate(text: string, room: number): string {
  const fits = (s: string): boolean => estimateTextWidth(s, 12) * 0.85 <= room;
  if (fits(text)) return text;
  const chars = [...text];
  let end = chars.length - 1;
  while (end > 1 && !fits(`${chars.slice(0, end).join('')}…`)) end--;
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}
