/**
 * `npm run -s themes -- [FILE|FOLDER...] [--out FILE] [--check]`
 * Counts theme mentions in the documents listed in data/documents.csv, with the browser's own
 * analyser (src/lib/text), and writes data/theme_mentions.csv. Texts are read from ../shared/seeds
 * beside the project, from any FOLDER given (searched first), or from a FILE given whose name is a
 * document's `file`. A FILE that no document lists is analysed and printed, not written (its counts
 * would reference a document the data does not know). A document whose text is not found is listed
 * but not counted; each is named on stderr.
 * --check: write nothing; exit 1 if the file on disk differs from what would be written.
 * Exit status: 0 done; 1 --check found a difference; 2 bad arguments or unreadable data.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readTable, type Theme } from '../src/lib/data/index.ts';
import { analyseText, lexiconFor } from '../src/lib/text/index.ts';
import { computeMentions, DEFAULT_TEXT_DIR, PROJECT_ROOT } from './lib/themeMentions.ts';

const USAGE = 'usage: npm run -s themes -- [FILE|FOLDER...] [--out FILE] [--check]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const dirs: string[] = [];
const files: string[] = [];
for (const arg of positionals) {
  if (!existsSync(arg)) {
    console.error(`Cannot read ${arg}: no such file or folder.\n${USAGE}`);
    process.exit(2);
  }
  (statSync(arg).isDirectory() ? dirs : files).push(resolve(arg));
}

let run;
try {
  run = computeMentions({ dirs: [...dirs, DEFAULT_TEXT_DIR], files });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// Files no document lists: analysed and printed, so a reader can still count any text.
const listed = new Set(run.counted.map((c) => c.path));
const extra = files.filter((f) => !listed.has(f));
if (extra.length) {
  const themes = readTable({
    name: 'data/themes.csv',
    text: readFileSync(resolve(PROJECT_ROOT, 'data/themes.csv'), 'utf8'),
    kind: 'themes',
  }).tables.themes as Theme[];
  const lexicon = lexiconFor(themes);
  for (const file of extra) {
    const analysis = analyseText(readFileSync(file, 'utf8'), lexicon);
    console.log(
      `${basename(file)} (not in data/documents.csv; printed, not written): ${analysis.words} words`,
    );
    for (const theme of themes)
      console.log(
        `  ${theme.id.padEnd(24)} ${String(analysis.counts[theme.id]).padStart(5)}  ${analysis.per1000[theme.id]!.toFixed(2)} per 1,000 words`,
      );
  }
}

for (const m of run.missing)
  console.error(
    `listed, not counted: ${m.id} (${m.file ? `${m.file} not found in ${[...dirs, DEFAULT_TEXT_DIR].join(', ')}` : 'no text file'})`,
  );

const out = resolve(values.out ?? resolve(PROJECT_ROOT, 'data/theme_mentions.csv'));
if (values.check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== run.csv) {
    console.error(`${out} is out of date: run npm run -s themes`);
    process.exit(1);
  }
  console.error(`${out} is up to date (${run.counted.length} documents counted).`);
  process.exit(0);
}
writeFileSync(out, run.csv);
console.error(
  `wrote ${out}: ${run.rows.length} rows from ${run.counted.length} documents (${run.missing.length} listed, not counted)`,
);
