import * as Plot from '@observablehq/plot';
import type { TimelineItem, TimelineModel } from '$lib/query';
import { seriesColour, type Palette } from '../palette';
import { tagElements } from '../tagElements';
import { placeLabels } from './labelPlacement';

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
  const what = item.kind === 'conference' ? `Conference: ${item.name}` : item.name;
  const where = item.city ? `, ${item.city}` : '';
  const themes = item.themes.length ? `. Themes: ${item.themes.map(themeLabel).join(', ')}` : '';
  return `${what}, ${item.when}${where}${themes}`;
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
      'aria-label': itemLabel(i, themeLabel),
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
    ariaLabel: 'Timeline of the conferences and the initiatives around them, by theme',
    clip: 'frame',
    x: { type: 'utc', domain: window, label: null, grid: true, ticks: Math.max(2, Math.floor(width / 110)) },
    y: {
      domain: model.lanes.map((l) => l.id),
      label: null,
      tickFormat: (id: string) => truncate(themeLabel(id), compact ? 15 : 25),
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
        title: (i: TimelineItem) => itemLabel(i, themeLabel),
        render: tag(spans),
      }),
      Plot.dot(days, {
        x: 'start',
        y: 'lane',
        fill,
        r: 6,
        stroke: palette.background,
        title: (i: TimelineItem) => itemLabel(i, themeLabel),
        render: tag(days),
      }),
      Plot.dot(conferences, {
        x: 'start',
        y: 'lane',
        symbol: 'diamond2',
        r: 8,
        fill: palette.text,
        stroke: palette.background,
        title: (i: TimelineItem) => itemLabel(i, themeLabel),
        render: tag(conferences),
      }),
      ...labelRows,
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
    });
  });
  return { marks, rows };
}

const truncate = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
