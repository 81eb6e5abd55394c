/**
 * Places a row of text labels along a horizontal axis so that none overlaps another and none leaves
 * the frame: each label is centred on its point when it can be, slid inside the frame at the edges,
 * and moved up to the next free row when its neighbour is in the way. Pure: widths are estimated
 * from the characters (no DOM), generously, so that the real text is never wider than its slot.
 */

// Lists and sentences around elements, for the charts' words and the views that show them.
export { around, ELEMENT, listSeparator } from './listSeparator';

/** One label to place: the pixel x of what it names, and its text. */
export interface LabelRequest {
  x: number;
  text: string;
}

/** Where a label goes: its centre (px), its row (0 = nearest the marks) and its estimated width. */
export interface PlacedLabel {
  centre: number;
  row: number;
  width: number;
}

// Advance widths in em, rounded up from a wide bold sans (DejaVu Sans Bold, what Debian's Chromium
// falls back to): an estimate that is never narrower than common system fonts draw the text. Chinese
// characters are a full em in every CJK font; Arabic letters join and are narrower than Latin ones,
// and its vowel marks (like every combining mark and bidi control) take no width of their own.
const NARROW = /[ilI.,:;'|!()[\]jtfr ]/;
const WIDE = /[mwMW@%ДМФЦЪЫдмфыъжюш]/;
const WIDER = /[ЖШЩЮщ]/;
const FULL =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const NONE = /[\p{M}\p{Cf}]/u;
const UPPER = /\p{Lu}/u;

/** Estimated width in px of `text` in a bold sans at `fontSize` px. `"Seoul 2013"` at 12 px → about 84. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NONE.test(ch)) continue;
    if (NARROW.test(ch)) em += 0.5;
    else if (FULL.test(ch)) em += 1.05;
    else if (WIDER.test(ch)) em += 1.35;
    else if (WIDE.test(ch)) em += 1.05;
    else if (UPPER.test(ch)) em += 0.84;
    else em += 0.72;
  }
  return Math.ceil(em * fontSize);
}

/** Options: the frame's left and right edges (px), the gap kept between labels, the font size. */
export interface PlacementOptions {
  left: number;
  right: number;
  gap?: number;
  fontSize?: number;
}

/**
 * Places labels (in the order given; returned in that order) in as few rows as keep them apart.
 * `[{x: 100, text: "Seoul 2013"}, {x: 110, text: "NETmundial 2014"}]` → rows 0 and 1.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  { left, right, gap = 8, fontSize = 12 }: PlacementOptions,
): PlacedLabel[] {
  const placed: PlacedLabel[] = labels.map((l) => ({
    centre: l.x,
    row: 0,
    width: estimateTextWidth(l.text, fontSize),
  }));
  // The right end of the last label in each row so far, left to right.
  const rowEnds: number[] = [];
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.x - labels[b]!.x);
  for (const i of order) {
    const label = placed[i]!;
    const half = label.width / 2;
    // Inside the frame; a label wider than the frame is centred in it.
    label.centre =
      right - left <= label.width ? (left + right) / 2 : clamp(label.centre, left + half, right - half);
    let row = rowEnds.findIndex((end) => end + gap <= label.centre - half);
    if (row === -1) row = rowEnds.length;
    label.row = row;
    rowEnds[row] = label.centre + half;
  }
  return placed;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
