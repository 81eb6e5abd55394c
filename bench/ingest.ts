/**
 * `npx tsx bench/ingest.ts [--runs N]`: parse and validate 100,000 participation rows with the
 * atlas' loader (readTable: papaparse, header matching, country and date resolution, every check),
 * in rows per second, against bare papaparse parsing the same text in the same run (goal: at least
 * 0.7x). Measured in Node, where the loader runs the same code as in the browser; the browser's
 * Web Worker path and the longest main-thread task are not measured yet.
 */
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { readTable } from '../src/lib/data/index.ts';
import { makeFigure } from './lib/figures';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
const ROWS = 100_000;
const STATES = [
  'France',
  'KOR',
  'Korea, Republic of',
  'Germany',
  'Brazil',
  'Côte d’Ivoire',
  'IN',
  'Türkiye',
  'Japan',
  'Kenya',
];
const ROLES = ['attendee', 'host', 'speaker', 'co-organiser'];
const lines = ['conference,country,role,level,confidence,source,note'];
for (let i = 0; i < ROWS; i++)
  lines.push(
    `seoul-2013,${STATES[i % STATES.length]!.includes(',') ? `"${STATES[i % STATES.length]}"` : STATES[i % STATES.length]},${ROLES[i % ROLES.length]},minister,documented,https://example.org/p/${i},row ${i}`,
  );
const text = lines.join('\n');

const ours: number[] = [];
const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  for (const who of i % 2 ? ['bare', 'ours'] : ['ours', 'bare']) {
    const t = performance.now();
    if (who === 'ours') {
      const { reports } = readTable({ name: 'bench.csv', text, kind: 'participation', origin: 'bench.csv' });
      if (reports[0]?.accepted !== ROWS) throw new Error(`only ${reports[0]?.accepted} rows accepted`);
      ours.push(ROWS / ((performance.now() - t) / 1000));
    } else {
      const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
      if (parsed.data.length !== ROWS) throw new Error('papaparse lost rows');
      bare.push(ROWS / ((performance.now() - t) / 1000));
    }
  }
}
const figures = [
  makeFigure({
    id: 'ingest-rows-per-second',
    label: 'Parse and validate 100,000 participation rows (Node), rows per second',
    unit: 'rows/s',
    samples: ours,
    reference: { label: 'bare papaparse', samples: bare },
    goal: { on: 'ratio', at: 'least', limit: 0.7 },
  }),
];
console.log(JSON.stringify({ figures }, null, 2));
