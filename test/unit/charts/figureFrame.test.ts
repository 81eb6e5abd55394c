import { afterEach, describe, expect, test } from 'vitest';
import {
  figureFrame,
  LIGHT_PALETTE,
  textUnits,
  wrapText,
  type FigureFrameInput,
  type SvgNode,
} from '$lib/charts';
import { useLanguage } from '$lib/i18n';

const WIDTH = 640;
const input = (): FigureFrameInput => ({
  width: WIDTH,
  chartHeight: 300,
  text: { title: 'Title', subtitle: 'Subtitle', note: 'Own note.' },
  legend: {
    entries: [{ label: 'Host', count: 1, swatch: [] }],
    defs: [],
    keys: [],
    coverage: null,
    sources: ['https://www.gov.uk/a', 'https://mofa.go.kr/b'],
    sourceNote: '',
  },
  permalink: 'https://atlas.example/?lang=ar',
  palette: LIGHT_PALETTE,
});

/** Every node of a tree with `data-figure` set (the frame's words), and every legend entry. */
const nodes = (root: SvgNode, test: (n: SvgNode) => boolean): SvgNode[] => [
  ...(test(root) ? [root] : []),
  ...(root.children ?? []).flatMap((c) => nodes(c, test)),
];
const words = (root: SvgNode): SvgNode[] =>
  nodes(root, (n) => n.tag === 'text' && 'data-figure' in n.attributes);

afterEach(() => useLanguage('en'));

describe('an exported figure’s words in the page’s language', () => {
  test('in English, set from the left edge, with no direction (as the render CLI prints them)', () => {
    const frame = figureFrame(input());
    for (const text of words(frame.root)) {
      expect(text.attributes.x).toBe('12');
      expect(text.attributes.direction).toBeUndefined();
    }
    expect(words(frame.root).map((t) => t.text)).toContain('Note: Own note.');
  });

  test('in Arabic, right-aligned and right to left, the legend flowing from the right, URLs kept left to right', async () => {
    await useLanguage('ar');
    const frame = figureFrame(input());
    const texts = words(frame.root);
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) {
      expect(text.attributes.x).toBe(String(WIDTH - 12));
      expect(text.attributes.direction).toBe('rtl');
    }
    const byRole = (role: string): string =>
      texts
        .filter((t) => t.attributes['data-figure'] === role)
        .map((t) => t.text)
        .join(' ');
    expect(byRole('note')).toBe('ملاحظة: Own note.');
    expect(byRole('sources')).toBe('المصدران: \u2066gov.uk\u2069، \u2066mofa.go.kr\u2069.');
    expect(byRole('permalink')).toBe('أطلس عملية لندن: \u2066https://atlas.example/?lang=ar\u2069');
    const [entry] = nodes(frame.root, (n) => 'data-legend-entry' in n.attributes);
    const x = Number(/translate\(([\d.]+),/.exec(entry!.attributes.transform!)![1]);
    expect(x).toBeGreaterThan(WIDTH / 2);
  });

  test('in Chinese, which has no spaces, lines are cut by their width', async () => {
    await useLanguage('zh');
    const sentence =
      '小国以同类标记表示。“无记录”指我们找到的任何来源均未显示该国家与会，并不表示该国家缺席。';
    const lines = wrapText(sentence, 40);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(sentence);
    for (const line of lines) expect(textUnits(line)).toBeLessThanOrEqual(40);
    const frame = figureFrame({ ...input(), text: { title: sentence.repeat(3), subtitle: '', note: '' } });
    // 18 px Han characters, about 1 em each: no line wider than the figure.
    for (const t of words(frame.root).filter((t) => t.attributes['data-figure'] === 'title'))
      expect([...t.text!].length * 18).toBeLessThanOrEqual(WIDTH - 24);
  });
});
