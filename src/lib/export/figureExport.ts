/**
 * Exports of a drawn chart for reports: a standalone SVG with its title, source line and permalink
 * baked in (colours resolved, fonts named), a PNG of it at 1x–3x, and the chart's data (its table
 * twin) as rows. Works on any `<figure data-chart>`; needs a DOM.
 */

/** What is printed around the chart in an exported image. */
export interface FigureMeta {
  title: string;
  summary: string;
  source: string;
  permalink: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** The main chart of a figure: its largest SVG. */
export function chartSvg(figure: Element): SVGSVGElement | null {
  const svgs = Array.from(figure.querySelectorAll<SVGSVGElement>('.body svg'));
  return svgs.sort((a, b) => b.clientWidth * b.clientHeight - a.clientWidth * a.clientHeight)[0] ?? null;
}

/** Wraps lines of text to about `max` characters, for the caption under an exported chart. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if ((line + ' ' + word).trim().length > max) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart as a standalone SVG document, with title, summary, sources and permalink as text. */
export function standaloneSvg(
  svg: SVGSVGElement,
  meta: FigureMeta,
  colours: { text: string; background: string },
): string {
  const width = svg.width.baseVal.value || svg.clientWidth || 800;
  const height = svg.height.baseVal.value || svg.clientHeight || 500;
  const doc = svg.ownerDocument;
  const chars = Math.max(40, Math.floor(width / 7));
  const head = [meta.title, ...wrap(meta.summary, chars)];
  const foot = [...wrap(meta.source, chars), meta.permalink];
  const top = 16 + head.length * 20;
  const total = top + height + 12 + foot.length * 16;
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('font-family', FONT);
  root.setAttribute('color', colours.text);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = meta.title;
  root.append(title);
  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: colours.background }))
    background.setAttribute(k, v);
  root.append(background);
  const text = (content: string, y: number, size: number, weight = 'normal'): void => {
    const t = doc.createElementNS(SVG_NS, 'text');
    for (const [k, v] of Object.entries({
      x: '0',
      y: String(y),
      'font-size': String(size),
      'font-weight': weight,
      fill: colours.text,
    }))
      t.setAttribute(k, v);
    t.textContent = content;
    root.append(t);
  };
  head.forEach((line, i) => text(line, 18 + i * 20, i === 0 ? 17 : 13, i === 0 ? 'bold' : 'normal'));
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(height));
  // Interaction attributes mean nothing in a picture.
  for (const el of chart.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  root.append(chart);
  foot.forEach((line, i) => text(line, top + height + 16 + i * 16, 11));
  return new XMLSerializer().serializeToString(root).replaceAll('currentColor', colours.text);
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
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
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
