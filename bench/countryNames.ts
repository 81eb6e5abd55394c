/**
 * How fast country names resolve, in Node: the cost of building the name index on first use (in a
 * fresh process each run, median of 7), of one lookup per distinct name, and of loading the French
 * and Spanish names; and how the name corpus of test/unit/data/countryCorpus.ts fares (correct,
 * wrong, unresolved), before and after the locales load.
 *
 * Usage: npx tsx bench/countryNames.ts
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCountryLocales, resolveCountry } from '../src/lib/data/index.ts';
import * as corpus from '../test/unit/data/countryCorpus.ts';

const RUNS = 7;

/** One cold measurement: the first resolveCountry call builds the index. */
function coldRun(): void {
  const start = performance.now();
  resolveCountry('France');
  console.log(JSON.stringify({ buildMs: performance.now() - start }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

type Row = { name: string; iso3: string | null };

function tally(rows: Row[]): string {
  let correct = 0;
  let wrong = 0;
  for (const { name, iso3 } of rows) {
    const found = resolveCountry(name);
    if (found.ok ? found.iso3 === iso3 : iso3 === null) correct++;
    else if (found.ok) wrong++;
  }
  return `${rows.length} names: ${correct} correct, ${wrong} wrong, ${rows.length - correct - wrong} unresolved`;
}

function lookupMicroseconds(names: string[]): number {
  const rounds = 20;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const name of names) resolveCountry(name);
  return ((performance.now() - start) * 1000) / (rounds * names.length);
}

async function main(): Promise<void> {
  if (process.argv.includes('--cold')) return coldRun();
  const self = fileURLToPath(import.meta.url);
  const builds = Array.from({ length: RUNS }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--cold'], { encoding: 'utf8' });
    return (JSON.parse(out.trim().split('\n').pop()!) as { buildMs: number }).buildMs;
  });
  console.log(`index build on first use: median ${median(builds).toFixed(1)} ms of ${RUNS} fresh processes`);
  const english: Row[] = [...corpus.UN_NAMES, ...corpus.WORLD_BANK_NAMES, ...corpus.OTHER_REGISTER_NAMES];
  const locales: Row[] = [...corpus.FRENCH_NAMES, ...corpus.SPANISH_NAMES];
  const groups: [string, Row[]][] = [
    ['English (UN, World Bank, other registers)', english],
    ['English near misses', corpus.NEAR_MISSES],
    ['English second sample', corpus.SECOND_SAMPLE_ENGLISH],
    ['French', corpus.FRENCH_NAMES],
    ['Spanish', corpus.SPANISH_NAMES],
    ['French and Spanish near misses', corpus.LOCALE_NEAR_MISSES],
    ['French and Spanish second sample', corpus.SECOND_SAMPLE_LOCALES],
  ];
  for (const [label, rows] of groups) console.log(`before locales, ${label}: ${tally(rows)}`);
  const names = [...english, ...corpus.NEAR_MISSES].map((row) => row.name);
  console.log(`lookup: ${lookupMicroseconds(names).toFixed(1)} µs per name (English corpus)`);
  const start = performance.now();
  await loadCountryLocales();
  console.log(`loadCountryLocales (import and index): ${(performance.now() - start).toFixed(1)} ms`);
  for (const [label, rows] of groups) console.log(`after locales, ${label}: ${tally(rows)}`);
  const unknown = locales.map((row) => `${row.name}x`);
  console.log(`unresolved name with its suggestion: ${lookupMicroseconds(unknown).toFixed(0)} µs per name`);
}

await main();
