import {
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  type SymbolType,
} from 'd3';
import { t, type MessageKey } from '$lib/i18n';
import type { MapKey } from '$lib/query';
import type { Palette } from '../palette';

/** A fill pattern drawn over a class's base colour, so that classes never differ by colour alone. */
export type MapPatternKind = 'lines' | 'dots' | 'cross';

/** The symbols markers use; each class has its own shape. */
export type MapSymbol = 'circle' | 'diamond' | 'square' | 'triangle' | 'star' | 'times';

/** The d3 symbol type of each marker shape (as Plot names them), for the map and its legend. */
export const MAP_SYMBOLS: Readonly<Record<MapSymbol, SymbolType>> = {
  circle: symbolCircle,
  diamond: symbolDiamond,
  square: symbolSquare,
  star: symbolStar,
  times: symbolTimes,
  triangle: symbolTriangle,
};

/** How one class is drawn: base fill, optional pattern, optional outline, marker shape. */
export interface MapKeyStyle {
  fill: string;
  pattern: { kind: MapPatternKind; ink: string } | null;
  /** A heavier outline drawn around shapes of this class (hosts). */
  outline: string | null;
  symbol: MapSymbol;
  /** Marker stroke (the symbol's outline, or the whole of a stroke-only symbol such as times). */
  stroke: string;
}

// Each class's name, as the tooltip says it; the legend completes compare labels with the
// conferences' names (mapKeyLabel).
const MAP_KEY_NAMES = {
  host: 'map.key.host',
  attendee: 'map.key.attendee',
  'no-record': 'map.key.no-record',
  both: 'map.key.both',
  joined: 'map.key.joined',
  returned: 'map.key.returned',
  left: 'map.key.left',
  member: 'map.key.member',
  signatory: 'map.key.signatory',
  'member-undated': 'map.key.member-undated',
} as const satisfies Record<MapKey, MessageKey>;

/** A class's name in the page's language ("Documented attendee"). */
export const mapKeyName = (key: MapKey): string => t(MAP_KEY_NAMES[key]);

/** The class's style in a palette: dark solid, hatched, dotted, crossed or plain, each with a marker shape. */
export function mapKeyStyle(key: MapKey, p: Readonly<Palette>): MapKeyStyle {
  const plain = { pattern: null, outline: null, stroke: p.text };
  switch (key) {
    case 'host':
      return { ...plain, fill: p.host, outline: p.hostOutline, symbol: 'diamond', stroke: p.hostOutline };
    case 'attendee':
    case 'joined':
    case 'member-undated':
      return {
        ...plain,
        fill: p.attendee,
        pattern: { kind: 'lines', ink: p.hatch },
        symbol: key === 'attendee' ? 'circle' : 'triangle',
      };
    case 'returned':
    case 'signatory':
      return { ...plain, fill: p.attendee, pattern: { kind: 'dots', ink: p.hatch }, symbol: 'star' };
    case 'left':
      return { ...plain, fill: p.noRecord, pattern: { kind: 'cross', ink: p.muted }, symbol: 'times' };
    case 'both':
    case 'member':
      return { ...plain, fill: p.host, symbol: 'square' };
    case 'no-record':
      return { ...plain, fill: p.noRecord, symbol: 'circle', stroke: p.muted };
  }
}

/** One SVG element of a pattern tile, as a tag and its attributes (rendered by the spec and the legend). */
export interface PatternElement {
  tag: 'rect' | 'line' | 'circle';
  attributes: Record<string, string>;
}

/** The tile of a class's pattern: the base colour, then lines, dots or crossed lines in the ink. */
export function patternTile(style: MapKeyStyle): {
  size: number;
  rotate: number;
  elements: PatternElement[];
} {
  const size = style.pattern?.kind === 'dots' ? 4 : 5;
  const base: PatternElement = {
    tag: 'rect',
    attributes: { width: String(size), height: String(size), fill: style.fill },
  };
  const ink = style.pattern?.ink ?? style.fill;
  const line = (x1: number, y1: number, x2: number, y2: number): PatternElement => ({
    tag: 'line',
    attributes: { x1: `${x1}`, y1: `${y1}`, x2: `${x2}`, y2: `${y2}`, stroke: ink, 'stroke-width': '1.6' },
  });
  switch (style.pattern?.kind) {
    case 'lines':
      return { size, rotate: 45, elements: [base, line(0, 0, 0, size)] };
    case 'cross':
      return { size, rotate: 45, elements: [base, line(0, 0, 0, size), line(0, 0, size, 0)] };
    case 'dots':
      return {
        size,
        rotate: 0,
        elements: [base, { tag: 'circle', attributes: { cx: '2', cy: '2', r: '1.1', fill: ink } }],
      };
    default:
      return { size, rotate: 0, elements: [base] };
  }
}

/** The fill of a shape of this class: its pattern (by id) or its plain colour. */
export const shapeFill = (key: MapKey, style: MapKeyStyle, prefix: string): string =>
  style.pattern ? `url(#${prefix}-${key})` : style.fill;
