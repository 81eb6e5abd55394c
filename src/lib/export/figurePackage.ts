import { strToU8, zipSync } from 'fflate';
import type { FigureMeta } from './figureExport';

/** Everything a report needs for one figure, ready to zip. */
export interface FigurePackageInput {
  /** File name stem, e.g. "london-process-map". */
  name: string;
  meta: FigureMeta;
  svg: string;
  png: Uint8Array;
  csv: string;
  citation: { text: string; bibtex: string };
  /** The day the data dates from and the day the figure was made (YYYY-MM-DD). */
  dataDate: string;
  accessed: string;
}

/** CSL-JSON for the figure, as reference managers (Zotero, Mendeley) import it. */
export function cslJson(input: Pick<FigurePackageInput, 'meta' | 'dataDate' | 'accessed' | 'name'>): string {
  const parts = (iso: string): number[][] => [iso.split('-').map(Number)];
  return JSON.stringify(
    [
      {
        id: input.name,
        type: 'dataset',
        title: input.meta.title,
        author: [{ literal: 'London Process Atlas' }],
        issued: { 'date-parts': parts(input.dataDate) },
        accessed: { 'date-parts': parts(input.accessed) },
        URL: input.meta.permalink,
        abstract: input.meta.summary,
      },
    ],
    null,
    2,
  );
}

/**
 * The figure package: SVG, PNG, caption, alt text (the view's summary), citation (CSL-JSON and
 * BibTeX), the data as CSV and the permalink, in one ZIP (pure: bytes in, bytes out).
 */
export function figurePackage(input: FigurePackageInput): Uint8Array {
  const { meta } = input;
  const caption = `${meta.title}\n\n${meta.summary}\n\n${meta.source}\n${meta.permalink}\n`;
  return zipSync({
    [`${input.name}.svg`]: strToU8(input.svg),
    [`${input.name}.png`]: input.png,
    'caption.txt': strToU8(caption),
    'alt-text.txt': strToU8(`${meta.summary}\n`),
    'citation.txt': strToU8(`${input.citation.text}\n`),
    'citation.bib': strToU8(`${input.citation.bibtex}\n`),
    'citation.json': strToU8(`${cslJson(input)}\n`),
    [`${input.name}.csv`]: strToU8(input.csv),
    'permalink.txt': strToU8(`${meta.permalink}\n`),
  });
}
