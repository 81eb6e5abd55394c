import { currentLang, dirOf, t } from '$lib/i18n';
import { sourceSites } from '$lib/query';
import type { Palette } from '../palette';
import type { SvgNode } from '../svgTree';

/**
 * The words and keys printed around a chart so that an exported picture (SVG, PNG, print, the
 * render CLI) stands alone: a PNG has no tooltip and no link to follow.
 */
export interface FigureLegend {
  /** One entry per class or colour, with its swatch and how many it counts. */
  entries: LegendEntry[];
  /** Pattern or gradient definitions the swatches refer to. */
  defs: SvgNode[];
  /** Keys that are not a class, e.g. "◆ The conference set this theme on its official agenda". */
  keys: string[];
  /** Coverage of the data ("18 of the 87 reported states documented."), or null. */
  coverage: string | null;
  /** Every source URL the figure rests on. */
  sources: string[];
  /** Where a reader finds each item's own source, e.g. "Each state's source: the data (CSV) at the link below." */
  sourceNote: string;
}

/** One legend entry: a swatch drawn in a box 16 px high, its words, and its count (null: none shown). */
export interface LegendEntry {
  label: string;
  count: number | null;
  swatch: SvgNode[];
  /** Width of the swatch's box in px (default 40: a patch and a marker). */
  swatchWidth?: number;
}

/** The figure's own words: the user's title, subtitle and note, or the chart's defaults. */
export interface FigureText {
  title: string;
  subtitle: string;
  note: string;
}

export interface FigureFrameInput {
  /** Size of the chart the frame goes around, in px. */
  width: number;
  chartHeight: number;
  text: FigureText;
  legend: FigureLegend;
  /** The view's permalink (absolute URL, or a query string when none is known). */
  permalink: string;
  palette: Readonly<Palette>;
}

/** Where the chart goes in the frame (the caller puts the drawn chart there). */
export interface FigureFrame {
  root: SvgNode;
  /** The chart's top edge in the frame. */
  chartTop: number;
  height: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const PAD = 12;
const SWATCH_WIDTH = 40;
/** An average glyph is about 0.55 of the font size wide in the fonts above: a safe estimate without a layout engine. */
const charWidth = (size: number): number => size * 0.56;
// Han, kana, hangul and full-width forms are about one em wide: nearly two average glyphs.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const glyphs = (char: string): number => (WIDE.test(char) ? 1.8 : 1);

/** How many average glyphs wide a text is (a Chinese character counts nearly two). */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += glyphs(char);
  return units;
}

/**
 * Breaks text into lines at most `max` average glyphs wide (see textUnits), at spaces; a longer word,
 * such as a URL or a sentence in Chinese, which has no spaces, is cut.
 */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (textUnits(word) > max) {
      if (line) lines.push(line);
      line = '';
      let cut = 0;
      let units = 0;
      for (const char of word) {
        if (units + glyphs(char) > max && cut > 0) break;
        units += glyphs(char);
        cut += char.length;
      }
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    if (line && textUnits(line) + 1 + textUnits(word) > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The legend entry's words as printed: "Host (1)". */
export const legendLabel = (entry: LegendEntry): string =>
  entry.count === null ? entry.label : t('figures.legend.count', { label: entry.label, count: entry.count });

/**
 * A URL or a site name kept left to right inside a right-to-left line (Unicode isolates, which are
 * not drawn); as it is elsewhere.
 */
export function isolateLtr(text: string): string {
  return dirOf(currentLang()) === 'rtl' ? `\u2066${text}\u2069` : text;
}

/**
 * The frame of a standalone figure, as an SVG tree (pure): the title and subtitle above the chart;
 * below it the legend (swatch, words and count per entry), the coverage line, the keys, the user's
 * note, the source sites and where each item's own source is, and the permalink. Text is wrapped
 * to the width from an estimate of glyph widths (no layout engine is needed, so the CLI and the
 * page make the same figure). The chart itself is left for the caller to place at `chartTop`.
 */
export function figureFrame(input: FigureFrameInput): FigureFrame {
  const { width, palette: p, text, legend } = input;
  // In Arabic the words are set right to left from the right edge; the chart keeps its drawing.
  const rtl = dirOf(currentLang()) === 'rtl';
  const start = rtl ? width - PAD : PAD;
  const direction: Record<string, string> = rtl ? { direction: 'rtl' } : {};
  const inner = width - 2 * PAD;
  const fits = (size: number): number => Math.max(24, Math.floor(inner / charWidth(size)));
  const children: SvgNode[] = [];
  const line = (content: string, y: number, size: number, extra: Record<string, string> = {}): SvgNode => ({
    tag: 'text',
    attributes: {
      x: String(start),
      y: String(y),
      'font-size': String(size),
      fill: p.text,
      ...direction,
      ...extra,
    },
    // Set as the element's text, never parsed as markup: a user's title stays words.
    text: content,
  });
  let y = PAD - 6;
  const block = (content: string, size: number, extra: Record<string, string> = {}, role?: string): void => {
    for (const part of wrapText(content, fits(size))) {
      y += Math.round(size * 1.35);
      children.push(line(part, y, size, { ...extra, ...(role ? { 'data-figure': role } : {}) }));
    }
  };
  block(text.title, 18, { 'font-weight': 'bold' }, 'title');
  if (text.subtitle) block(text.subtitle, 13, { fill: p.muted }, 'subtitle');
  const chartTop = y + 10;
  y = chartTop + input.chartHeight + 6;

  // The legend: entries flow in rows, each a swatch and its words (from the right in Arabic).
  const rowHeight = 22;
  let x = PAD;
  if (legend.entries.length) y += rowHeight;
  const entries: SvgNode[] = [];
  for (const entry of legend.entries) {
    const words = legendLabel(entry);
    const box = entry.swatchWidth ?? SWATCH_WIDTH;
    const w = box + 6 + textUnits(words) * charWidth(12) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    const label: SvgNode = {
      tag: 'text',
      attributes: {
        x: String(rtl ? -6 : box + 6),
        y: '12.5',
        'font-size': '12',
        fill: p.text,
        ...direction,
        'data-legend-label': '',
      },
      text: words,
    };
    entries.push({
      tag: 'g',
      attributes: {
        transform: `translate(${rtl ? width - x - box : x},${y - 13})`,
        'data-legend-entry': entry.label,
      },
      children: [...entry.swatch, label],
    });
    x += w;
  }
  if (entries.length) children.push({ tag: 'g', attributes: { 'data-figure': 'legend' }, children: entries });
  y += 6;
  if (legend.coverage) block(legend.coverage, 12, {}, 'coverage');
  for (const key of legend.keys) block(key, 12, {}, 'key');
  if (text.note) block(t('figures.note', { note: text.note }), 12, {}, 'note');
  y += 4;
  const sites = sourceSites(legend.sources);
  if (sites.length)
    block(
      t('figures.sources', {
        count: sites.length,
        sites: sites.map(isolateLtr).join(t('figures.listSeparator')),
      }),
      11,
      { fill: p.muted },
      'sources',
    );
  if (legend.sourceNote) block(legend.sourceNote, 11, { fill: p.muted }, 'source-note');
  block(t('figures.permalink', { url: isolateLtr(input.permalink) }), 11, { fill: p.muted }, 'permalink');
  const height = Math.ceil(y + PAD);

  return {
    chartTop,
    height,
    root: {
      tag: 'svg',
      attributes: {
        width: String(width),
        height: String(height),
        viewBox: `0 0 ${width} ${height}`,
        'font-family': FONT,
        color: p.text,
        'data-figure-export': '',
      },
      children: [
        { tag: 'title', attributes: {}, text: text.title },
        ...(text.subtitle ? [{ tag: 'desc', attributes: {}, text: text.subtitle }] : []),
        { tag: 'defs', attributes: {}, children: legend.defs },
        { tag: 'rect', attributes: { width: '100%', height: '100%', fill: p.background } },
        ...children,
      ],
    },
  };
}
