import { describe, expect, test } from 'vitest';
import {
  contrastRatio,
  mapKeyStyle,
  PRINT_PALETTE,
  PRINT_SERIES,
  seriesColour,
  themesRamp,
} from '$lib/charts';
import { MAP_KEYS, type MapKey } from '$lib/query';

const isGrey = (hex: string): boolean => /^#([0-9a-f]{2})\1\1$/i.test(hex);
const p = PRINT_PALETTE;

describe('the print palette (palette=print)', () => {
  test('every colour is a grey', () => {
    const colours = [
      ...Object.entries(p)
        .filter(([k]) => k !== 'name')
        .map(([, v]) => v as string),
      ...PRINT_SERIES,
      ...themesRamp(p),
    ];
    for (const c of colours) expect(isGrey(c), c).toBe(true);
  });

  test('text reads on the page (4.5:1 or more), muted text too', () => {
    expect(contrastRatio(p.text, p.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.muted, p.background)).toBeGreaterThanOrEqual(4.5);
  });

  // WCAG 1.4.11: neighbouring classes told apart by lightness need 3:1; otherwise they must differ
  // by pattern (and their markers by shape or fill).
  test.each(Object.entries(MAP_KEYS))('the %s map’s classes are told apart', (_mode, keys) => {
    const styles = (keys as MapKey[]).map((k) => ({ key: k, ...mapKeyStyle(k, p) }));
    for (const [i, a] of styles.entries())
      for (const b of styles.slice(i + 1)) {
        const ratio = contrastRatio(a.fill, b.fill);
        const byPattern = (a.pattern?.kind ?? 'none') !== (b.pattern?.kind ?? 'none');
        const adjacent = styles.indexOf(b) === i + 1;
        if (adjacent) expect(ratio >= 3 || byPattern, `${a.key} / ${b.key}: ${ratio.toFixed(2)}`).toBe(true);
        else expect(ratio >= 3 || byPattern || a.symbol !== b.symbol, `${a.key} / ${b.key}`).toBe(true);
        // A marker tells its class by shape, or by a fill 3:1 apart.
        expect(a.symbol !== b.symbol || ratio >= 3, `markers of ${a.key} / ${b.key}`).toBe(true);
      }
  });

  test('the map’s classes stand out from the land with no record and the hosts from attendees by 3:1', () => {
    expect(contrastRatio(p.host, p.attendee)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.attendee, p.noRecord)).toBeGreaterThanOrEqual(3);
  });

  test('series greys stand out from the page and from their neighbour by 3:1', () => {
    const greys = Array.from({ length: 8 }, (_, i) => seriesColour(p, '#ff0000', i));
    for (const g of greys) expect(contrastRatio(g, p.background), g).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < greys.length; i++)
      expect(contrastRatio(greys[i - 1]!, greys[i]!)).toBeGreaterThanOrEqual(3);
  });

  test('the heatmap’s shading runs from near white to near black', () => {
    const [low, high] = themesRamp(p);
    expect(contrastRatio(low, high)).toBeGreaterThanOrEqual(10);
  });

  test('colour palettes keep their colours', () => {
    expect(seriesColour({ ...p, name: 'light' }, '#ff0000', 3)).toBe('#ff0000');
  });
});
