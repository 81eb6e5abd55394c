/**
 * `npx tsx bench/analyser.ts [--runs N]`: the theme analyser's throughput in words per second on a
 * 10 MB text (the texts of ATLAS_TEXTS repeated, else the project's own test texts in
 * test/fixtures/themes/texts), side by side with tokenising alone (Intl.Segmenter in
 * the analyser's chunks) on the same text in the same run, and the share of the analyser's time
 * that tokenising takes. Prints `{figures}` for bench/run.ts. No goal: it tracks the analyser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTables } from '../src/lib/data/index.ts';
import { analyseText, lexiconFor, tokenize } from '../src/lib/text/index.ts';
import { readBundledSources } from '../scripts/lib/readBundled';
import { makeFigure } from './lib/figures';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
const SEEDS = process.env.ATLAS_TEXTS || 'test/fixtures/themes/texts';
const seed = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
  .join('\n\n');
const text = seed.repeat(Math.ceil((10 * 1024 * 1024) / seed.length)).slice(0, 10 * 1024 * 1024);
const lexicon = lexiconFor(loadTables(readBundledSources()).dataset.themes);

const analyser: number[] = [];
const tokens: number[] = [];
let words = 0;
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  words = analyseText(text, lexicon).words;
  analyser.push(performance.now() - t);
  t = performance.now();
  let count = 0;
  for (const _ of tokenize(text)) count++;
  tokens.push(performance.now() - t);
  if (count !== words) throw new Error(`tokenising found ${count} words, the analyser ${words}`);
}
const perSecond = (ms: number): number => words / (ms / 1000);
const figures = [
  makeFigure({
    id: 'analyser-words-per-second',
    label: `Theme analyser on a 10 MB text (${Math.round(words / 1000)}k words), words per second`,
    unit: 'words/s',
    samples: analyser.map(perSecond),
    reference: { label: 'tokenising alone', samples: tokens.map(perSecond) },
  }),
  makeFigure({
    id: 'analyser-tokenising-share',
    label: 'Share of the analyser’s time spent tokenising',
    unit: '%',
    samples: analyser.map((ms, i) => (100 * tokens[i]!) / ms),
  }),
];
console.log(JSON.stringify({ figures }, null, 2));
