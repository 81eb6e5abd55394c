/**
 * Exports of a drawn chart for reports: a standalone SVG with its title, legend, sources and
 * permalink baked in (colours resolved, fonts named), a PNG of it at 1x–3x, and the chart's data (its table
 * twin) as rows. Works on any `<figure data-chart>`; needs a DOM.
 */

import { figureFrame, toSvgElement, type FigureFrameInput } from '$lib/charts';
import { t } from '$lib/i18n';

/** What an exported figure says in words (caption, alt text, citation). */
export interface FigureMeta {
  title: string;
  summary: string;
  source: string;
  permalink: string;
}

/** The main chart of a figure: its largest SVG. */
export function chartSvg(figure: Element): SVGSVGElement | null {
  const svgs = Array.from(figure.querySelectorAll<SVGSVGElement>('.body svg'));
  return svgs.sort((a, b) => b.clientWidth * b.clientHeight - a.clientWidth * a.clientHeight)[0] ?? null;
}

/** Size of a drawn chart in px: its width and height attributes, else its box. */
function chartSize(svg: Element): { width: number; height: number } {
  const attr = (name: string): number => Number.parseFloat(svg.getAttribute(name) ?? '') || 0;
  const box = svg as SVGSVGElement;
  return {
    width: attr('width') || box.clientWidth || 800,
    height: attr('height') || box.clientHeight || 500,
  };
}

/**
 * A drawn chart framed as a standalone SVG document (text): its title, subtitle, legend with
 * counts, keys, coverage, note, sources and permalink printed around it (see figureFrame), the
 * colours resolved. Works with the page's document and with JSDOM (the render CLI), so both make
 * the same figure.
 */
export function standaloneFigure(
  chart: Element,
  input: Omit<FigureFrameInput, 'width' | 'chartHeight'>,
): string {
  const doc = chart.ownerDocument;
  const { width, height } = chartSize(chart);
  const frame = figureFrame({ ...input, width, chartHeight: height });
  const root = toSvgElement(frame.root, doc);
  const clone = chart.cloneNode(true) as Element;
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(frame.chartTop));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Interaction attributes mean nothing in a picture.
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  clone.removeAttribute('tabindex');
  // In reading order: after the title and subtitle, before the legend.
  const heading = Array.from(root.querySelectorAll('[data-figure="title"], [data-figure="subtitle"]')).pop();
  if (heading) heading.after(clone);
  else root.append(clone);
  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  return new Serializer().serializeToString(root).replaceAll('currentColor', input.palette.text);
}

/** Sentences one after another, a space between (in Chinese too: a URL may end one). */
const sentences = (parts: (string | null | undefined)[]): string => parts.filter(Boolean).join(' ');

/** What the exported files say in words (caption, alt text, citation), from a figure's input. */
export function figureMeta(input: Pick<FigureFrameInput, 'text' | 'legend' | 'permalink'>): FigureMeta {
  const { text, legend } = input;
  return {
    title: text.title,
    summary: sentences([text.subtitle, legend.coverage, text.note && t('figures.note', { note: text.note })]),
    source: sentences([
      t('figures.meta.sources', { urls: legend.sources.join(' ') }),
      legend.sourceNote,
      t('figures.meta.atlas'),
    ]),
    permalink: input.permalink,
  };
}

/** Renders an SVG text to a PNG at `scale` times its size. */
export async function svgToPng(svgText: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error(t('figures.error.png')))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The rows of the figure's table twin, keyed by column header. */
export function tableRows(table: HTMLTableElement | null): Record<string, string>[] {
  if (!table) return [];
  const headers = Array.from(table.querySelectorAll('thead th')).map(
    (th) => th.textContent?.replace(/[▲▼]/g, '').trim() ?? '',
  );
  return Array.from(table.querySelectorAll('tbody tr'))
    .filter((tr) => tr.children.length === headers.length)
    .map((tr) =>
      Object.fromEntries(
        Array.from(tr.children).map((td, i) => [
          headers[i]!,
          td.textContent?.replace(/^Selected: /, '').trim() ?? '',
        ]),
      ),
    );
}
