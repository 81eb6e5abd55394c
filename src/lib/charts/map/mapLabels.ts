/** A label to place beside a point: its words and the point it names, in px. */
export interface MapLabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
}

/** A placed label: where its text starts (or ends) and its box, inside the chart. */
export interface PlacedMapLabel extends MapLabelRequest {
  /** The text's anchor point and alignment. */
  tx: number;
  ty: number;
  anchor: 'start' | 'end';
  box: { x: number; y: number; width: number; height: number };
}

/** Font size of map labels in px; an average glyph of a bold sans-serif is about 0.62 of it wide. */
export const MAP_LABEL_SIZE = 12;
const GLYPH = 0.62 * MAP_LABEL_SIZE;
// Chinese characters (and full-width forms) are a whole em wide.
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const glyphWidth = (char: string): number => (WIDE.test(char) ? MAP_LABEL_SIZE : GLYPH);
const textWidth = (text: string): number => [...text].reduce((w, c) => w + glyphWidth(c), 0);

/** The text cut to a width, with an ellipsis, when it is wider. */
function fitText(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let w = GLYPH;
  let cut = '';
  for (const char of text) {
    if (w + glyphWidth(char) > width) break;
    w += glyphWidth(char);
    cut += char;
  }
  return `${cut || [...text][0]}…`;
}
const LINE = MAP_LABEL_SIZE + 3;
const GAP = 10;
const EDGE = 3;

const overlaps = (a: PlacedMapLabel['box'], b: PlacedMapLabel['box']): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Places labels beside their points so that none leaves the chart and none covers another (pure):
 * right of the point, or left of it when it would run off the right edge, pushed inside the edges,
 * then moved down (or up, at the bottom) a line at a time past labels already placed.
 * placeMapLabels([{id, text: 'France', x: 400, y: 120}], 800, 400) → [{…, tx: 410, anchor: 'start'}].
 */
export function placeMapLabels(
  requests: readonly MapLabelRequest[],
  width: number,
  height: number,
): PlacedMapLabel[] {
  const placed: PlacedMapLabel[] = [];
  for (const r of [...requests].sort((a, b) => a.y - b.y || a.x - b.x)) {
    // A name longer than the chart is shortened to fit, with an ellipsis.
    const text = fitText(r.text, width - 2 * EDGE);
    const w = textWidth(text);
    let left = r.x + GAP;
    if (left + w > width - EDGE) left = r.x - GAP - w;
    left = Math.max(EDGE, Math.min(left, width - EDGE - w));
    const startY = Math.max(EDGE, Math.min(r.y - LINE / 2, height - EDGE - LINE));
    let top = startY;
    let box = { x: left, y: top, width: w, height: LINE };
    // Down a line at a time while it covers another; past the bottom, up from where it began.
    for (let step = 1, dir = 1; placed.some((p) => overlaps(p.box, box)) && step < 200; step++) {
      top += dir * LINE;
      if (top > height - EDGE - LINE) {
        dir = -1;
        top = startY - LINE;
      }
      if (top < EDGE) break;
      box = { ...box, y: top };
    }
    const anchor = left + w <= r.x ? 'end' : 'start';
    placed.push({
      ...r,
      text,
      box,
      anchor,
      tx: anchor === 'end' ? left + w : left,
      ty: top + LINE - 4,
    });
  }
  return placed;
}
