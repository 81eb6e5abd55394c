import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTimes,
  symbolTriangle,
  type SymbolType,
} from 'd3';
import type { Confidence } from '$lib/data';
import { conferenceLabel, nameLang } from '$lib/format';
import { t } from '$lib/i18n';
import {
  describeMatrixCell,
  evidenceLabel,
  matrixStatusLabel,
  type MatrixModel,
  type MatrixStatus,
} from '$lib/query';
import type { Palette } from '../palette';
import type { SvgNode } from '../svgTree';
import { estimateTextWidth } from '../timeline/labelPlacement';

/** What the matrix spec needs: the model, the colours, and a prefix that keeps its pattern ids unique. */
export interface MatrixSpecInput {
  model: MatrixModel;
  palette: Readonly<Palette>;
  /** Prefix for ids inside the SVG (its hatch pattern), unique on the page. */
  idPrefix?: string;
  /** The selected state (its row is marked). */
  selected?: string | null;
}

/** Row height and the smallest column width, in px (a cell is a 28 px target, 44 px wide at least). */
export const MATRIX_ROW = 28;
const MIN_COLUMN = 44;
const FONT = 12;
const HEADER = 44;
const PAD = 8;

/** The mark of each role: a shape, so roles differ without colour. */
export const MATRIX_SYMBOLS: Readonly<Record<Exclude<MatrixStatus, 'no-record'>, SymbolType>> = {
  host: symbolSquare,
  'co-organiser': symbolDiamond,
  speaker: symbolTriangle,
  attendee: symbolCircle,
  observer: symbolTimes,
};

/** A conference's header in two lines: the place, then the year and anything after it. */
export function splitConferenceLabel(label: string): [string, string] {
  const at = label.search(/\s\d{4}\b/);
  return at > 0 ? [label.slice(0, at), label.slice(at + 1)] : [label, ''];
}

const text = (value: string, attributes: Record<string, string>): SvgNode => ({
  tag: 'text',
  attributes: { 'font-size': String(FONT), ...attributes },
  text: value,
});

/**
 * The glyph of a status at an evidence level, centred on 0,0: the role's shape, filled when
 * documented, hatched when from a secondary report, a dashed outline when only announced before the
 * event; a faint dot for no record.
 */
export function matrixGlyph(
  status: MatrixStatus,
  evidence: Confidence | null,
  palette: Readonly<Palette>,
  hatchId: string,
): SvgNode {
  if (status === 'no-record')
    return { tag: 'circle', attributes: { r: '1.75', fill: palette.muted, 'fill-opacity': '0.6' } };
  const ink = status === 'host' ? palette.host : palette.attendee;
  const d = symbol(MATRIX_SYMBOLS[status], status === 'observer' ? 90 : 130)() ?? '';
  const level = evidence ?? 'documented';
  const fill =
    status === 'observer'
      ? 'none'
      : level === 'documented'
        ? ink
        : level === 'secondary-report'
          ? `url(#${hatchId})`
          : palette.background;
  return {
    tag: 'path',
    attributes: {
      d,
      fill,
      stroke: status === 'observer' ? ink : palette.text,
      'stroke-width': status === 'observer' ? '2' : '1.25',
      ...(level === 'pre-event-announcement' ? { 'stroke-dasharray': '2.5 1.5' } : {}),
    },
  };
}

/** The hatch used for secondary reports: diagonal lines of the text colour on the background. */
function hatchPattern(id: string, palette: Readonly<Palette>): SvgNode {
  return {
    tag: 'pattern',
    attributes: {
      id,
      patternUnits: 'userSpaceOnUse',
      width: '4',
      height: '4',
      patternTransform: 'rotate(45)',
    },
    children: [
      { tag: 'rect', attributes: { width: '4', height: '4', fill: palette.background } },
      {
        tag: 'line',
        attributes: { x1: '0', y1: '0', x2: '0', y2: '4', stroke: palette.text, 'stroke-width': '1.8' },
      },
    ],
  };
}

/** The key under the grid, wrapped to its width: every role's shape, then the evidence levels. */
function legend(
  width: number,
  top: number,
  palette: Readonly<Palette>,
  hatchId: string,
): { node: SvgNode; height: number } {
  const entries: { glyph: SvgNode; label: string }[] = [
    ...(['host', 'co-organiser', 'speaker', 'attendee', 'observer', 'no-record'] as const).map((s) => ({
      glyph: matrixGlyph(s, 'documented', palette, hatchId),
      label: matrixStatusLabel(s),
    })),
    ...(['documented', 'secondary-report', 'pre-event-announcement'] as const).map((e) => ({
      glyph: matrixGlyph('attendee', e, palette, hatchId),
      label: evidenceLabel(e),
    })),
  ];
  const items: SvgNode[] = [];
  let [x, y] = [PAD, top + 16];
  for (const [i, entry] of entries.entries()) {
    const itemWidth = 20 + estimateTextWidth(entry.label, FONT) * 0.85 + 14;
    // Evidence starts a line of its own, and a line wraps at the edge.
    if ((i === 6 || x + itemWidth > width) && x > PAD) [x, y] = [PAD, y + 22];
    items.push({
      tag: 'g',
      attributes: { role: 'listitem', transform: `translate(${x},${y})` },
      children: [
        {
          tag: 'g',
          attributes: { transform: 'translate(7,0)', 'aria-hidden': 'true' },
          children: [entry.glyph],
        },
        text(entry.label, { x: '18', dy: '0.35em', fill: palette.text }),
      ],
    });
    x += itemWidth;
  }
  return {
    node: {
      tag: 'g',
      attributes: { role: 'list', 'aria-label': t('matrix.key'), 'data-legend': '' },
      children: items,
    },
    height: y - top + 16,
  };
}

/**
 * The matrix as an SVG tree (pure): a grid (ARIA grid: rows, column and row headers, cells) of
 * states by conferences, a glyph in each cell and a count column, with its key below. Each cell
 * carries data-iso3, data-conference, data-status, data-evidence and its words as aria-label.
 */
export function matrixSpec({
  model,
  palette,
  idPrefix = 'matrix',
  selected = null,
}: MatrixSpecInput): SvgNode {
  const hatchId = `${idPrefix}-hatch`;
  const nameWidth = Math.min(
    210,
    Math.max(90, ...model.rows.map((r) => estimateTextWidth(r.name, FONT) * 0.85)) + PAD * 2,
  );
  const headers = model.conferences.map((c) => splitConferenceLabel(conferenceLabel(c)));
  const columns = headers.map(([a, b]) =>
    Math.max(
      MIN_COLUMN,
      Math.ceil(Math.max(estimateTextWidth(a, FONT), estimateTextWidth(b, FONT)) * 0.85) + 10,
    ),
  );
  const countWidth = 56;
  const lefts = columns.map((_, i) => nameWidth + columns.slice(0, i).reduce((s, w) => s + w, 0));
  const gridWidth = nameWidth + columns.reduce((s, w) => s + w, 0) + countWidth;
  const width = Math.max(gridWidth, 320);
  const headerRow: SvgNode = {
    tag: 'g',
    attributes: { role: 'row' },
    children: [
      {
        tag: 'g',
        attributes: { role: 'columnheader' },
        children: [
          text(t('matrix.header.state'), {
            x: String(PAD),
            y: String(HEADER - 10),
            'font-weight': '600',
            fill: palette.text,
          }),
        ],
      },
      ...model.conferences.map((c, i): SvgNode => {
        const [first, second] = headers[i]!;
        const x = String(lefts[i]! + columns[i]! / 2);
        return {
          tag: 'g',
          attributes: {
            role: 'columnheader',
            'aria-label': conferenceLabel(c),
            'data-conference': c.id,
            // The English label in another language's page says so.
            ...(nameLang('conferences', c, 'short') ? { lang: 'en' } : {}),
          },
          children: [
            text(first, {
              x,
              y: String(HEADER - 24),
              'text-anchor': 'middle',
              'font-weight': '600',
              fill: palette.text,
              'aria-hidden': 'true',
            }),
            text(second, {
              x,
              y: String(HEADER - 10),
              'text-anchor': 'middle',
              'font-weight': '600',
              fill: palette.text,
              'aria-hidden': 'true',
            }),
          ],
        };
      }),
      {
        tag: 'g',
        attributes: { role: 'columnheader', 'aria-label': t('matrix.table.count') },
        children: [
          text(t('matrix.header.total'), {
            x: String(gridWidth - PAD),
            y: String(HEADER - 10),
            'text-anchor': 'end',
            'font-weight': '600',
            fill: palette.text,
            'aria-hidden': 'true',
          }),
        ],
      },
    ],
  };
  const rows = model.rows.map((row, r): SvgNode => {
    const y = HEADER + r * MATRIX_ROW;
    const mid = y + MATRIX_ROW / 2;
    const isSelected = row.iso3 === selected;
    return {
      tag: 'g',
      attributes: {
        role: 'row',
        'data-iso3': row.iso3,
        ...(isSelected ? { 'aria-selected': 'true', 'data-selected': 'true' } : {}),
      },
      children: [
        {
          tag: 'rect',
          attributes: {
            x: '0',
            y: String(y),
            width: String(gridWidth),
            height: String(MATRIX_ROW),
            fill: isSelected ? palette.highlight : r % 2 ? palette.ocean : palette.background,
            'fill-opacity': isSelected ? '0.18' : '1',
            'aria-hidden': 'true',
          },
        },
        {
          tag: 'g',
          attributes: { role: 'rowheader' },
          children: [text(row.name, { x: String(PAD), y: String(mid), dy: '0.35em', fill: palette.text })],
        },
        ...row.cells.map((cell, i): SvgNode => {
          const conference = model.conferences[i]!;
          return {
            tag: 'g',
            attributes: {
              role: 'gridcell',
              class: 'matrix-cell',
              'data-iso3': row.iso3,
              'data-conference': cell.conference,
              'data-status': cell.status,
              ...(cell.evidence ? { 'data-evidence': cell.evidence } : {}),
              'aria-label': describeMatrixCell(row, cell, conference),
              transform: `translate(${lefts[i]! + columns[i]! / 2},${mid})`,
            },
            children: [
              // The whole cell is the target (hover, click, focus ring).
              {
                tag: 'rect',
                attributes: {
                  x: String(-columns[i]! / 2 + 2),
                  y: String(-MATRIX_ROW / 2 + 2),
                  width: String(columns[i]! - 4),
                  height: String(MATRIX_ROW - 4),
                  fill: 'transparent',
                  rx: '3',
                },
              },
              matrixGlyph(cell.status, cell.evidence, palette, hatchId),
            ],
          };
        }),
        {
          tag: 'g',
          attributes: { role: 'gridcell', 'data-count': String(row.count) },
          children: [
            text(String(row.count), {
              x: String(gridWidth - PAD),
              y: String(mid),
              dy: '0.35em',
              'text-anchor': 'end',
              fill: palette.text,
            }),
          ],
        },
      ],
    };
  });
  const gridHeight = HEADER + model.rows.length * MATRIX_ROW;
  const key = legend(width, gridHeight + 8, palette, hatchId);
  const height = gridHeight + 8 + key.height + 4;
  return {
    tag: 'svg',
    attributes: {
      xmlns: 'http://www.w3.org/2000/svg',
      width: String(width),
      height: String(height),
      viewBox: `0 0 ${width} ${height}`,
      'font-family': 'system-ui, sans-serif',
      class: 'matrix',
    },
    children: [
      { tag: 'defs', attributes: {}, children: [hatchPattern(hatchId, palette)] },
      {
        tag: 'g',
        attributes: {
          role: 'grid',
          'aria-label': t('matrix.grid', {
            count: model.rows.length,
            columns: t('matrix.grid.conferences', { count: model.conferences.length }),
          }),
          'aria-rowcount': String(model.rows.length + 1),
          'aria-colcount': String(model.conferences.length + 2),
        },
        children: [headerRow, ...rows],
      },
      key.node,
    ],
  };
}
