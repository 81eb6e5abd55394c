import { describe, expect, test } from 'vitest';
import { placeMapLabels, type MapLabelRequest } from '$lib/charts';

const W = 400;
const H = 200;
const label = (id: string, x: number, y: number, text = id): MapLabelRequest => ({ id, text, x, y });
const inside = (b: { x: number; y: number; width: number; height: number }): boolean =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= W && b.y + b.height <= H;
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeMapLabels', () => {
  test.each([
    { name: 'in the open, right of its point', requests: [label('France', 100, 100)], anchor: 'start' },
    {
      name: 'at the right edge, left of its point',
      requests: [label('New Zealand', 395, 100)],
      anchor: 'end',
    },
    { name: 'at the top left corner, pushed inside', requests: [label('Kiribati', 0, 0)], anchor: 'start' },
    { name: 'at the bottom edge, pushed inside', requests: [label('Chile', 50, 200)], anchor: 'start' },
    {
      name: 'a name longer than the chart is cut to its width',
      requests: [label('The United Kingdom of Great Britain and Northern Ireland', 200, 100)],
      anchor: null,
    },
  ])('$name', ({ requests, anchor }) => {
    const [placed] = placeMapLabels(requests, W, H);
    expect(inside(placed!.box)).toBe(true);
    expect(placed!.text.length * 0.62 * 12).toBeLessThanOrEqual(W);
    if (anchor) expect(placed!.anchor).toBe(anchor);
  });

  test('crowded points (Benelux, the Gulf) get labels that never cover each other and stay inside', () => {
    const requests = [
      label('Belgium', 200, 60),
      label('Netherlands', 202, 57),
      label('Luxembourg', 201, 63),
      label('Germany', 206, 60),
      label('Bahrain', 390, 195),
      label('Qatar', 391, 196),
      label('United Arab Emirates', 395, 198),
    ];
    const placed = placeMapLabels(requests, W, H);
    expect(placed.map((p) => p.id).sort()).toEqual(requests.map((r) => r.id).sort());
    for (const p of placed) expect(inside(p.box), p.id).toBe(true);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
  });
});
