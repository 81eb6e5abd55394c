/**
 * `npm run -s themes -- --texts DIR [--check] [--out FILE] [--data DIR] [FILE...]`
 * Recounts theme mentions in the texts data/documents.csv lists (its `file` column), read from the
 * folder DIR, with the browser's own analyser (src/lib/text), and writes data/theme_mentions.csv.
 * Each text is first checked against the words and SHA-256 documents.csv records for it: a text
 * that is missing from DIR, or differs from its record, is named, and nothing is written.
 * --check: write nothing; exit 1 if the file on disk differs from what the texts give.
 * FILE...: other texts, analysed and printed (not written: no document row refers to them).
 * --data DIR: the folder holding documents.csv, themes.csv and theme_mentions.csv (default data/).
 * Exit status: 0 done (or up to date); 1 a text missing or changed, or --check found a difference;
 * 2 bad arguments, no texts folder, none of the listed texts in it, or unreadable data.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseText, lexiconFor } from '../src/lib/text/index.ts';
import { computeMentions, DATA_DIR, readDataTable, type MentionsRun } from './lib/themeMentions.ts';
import { loadAllMessages } from '../src/lib/i18n/index.ts';

// The tools speak English: every English message, not only the first view's.
await loadAllMessages();

const USAGE = 'usage: npm run -s themes -- --texts DIR [--check] [--out FILE] [--data DIR] [FILE...]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      texts: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const dataDir = resolve(values.data ?? DATA_DIR);

for (const arg of positionals) {
  if (!existsSync(arg)) fail(`Cannot read ${arg}: no such file.`);
  if (statSync(arg).isDirectory())
    fail(`${arg} is a folder: give a folder of the listed texts as --texts ${arg}.`);
}

// Other texts: analysed and printed, so a reader can count any text.
if (positionals.length) {
  const themes = readDataTable('themes', dataDir);
  const lexicon = lexiconFor(themes);
  for (const file of positionals) {
    const analysis = analyseText(readFileSync(file, 'utf8'), lexicon);
    console.log(`${basename(file)} (printed, not written): ${analysis.words} words`);
    for (const theme of themes)
      console.log(
        `  ${theme.id.padEnd(24)} ${String(analysis.counts[theme.id]).padStart(5)}  ${analysis.per1000[theme.id]!.toFixed(2)} per 1,000 words`,
      );
  }
  if (values.texts === undefined) process.exit(0);
}

if (values.texts === undefined)
  fail(
    'No texts folder given: the bundled counts are recounted from the texts documents.csv lists, ' +
      'which are not part of the repository. Pass the folder that holds them with --texts DIR.',
  );
const textsDir = resolve(values.texts);
if (!existsSync(textsDir) || !statSync(textsDir).isDirectory())
  fail(`No texts folder at ${textsDir}: nothing was recounted.`);

let run: MentionsRun;
try {
  run = computeMentions({ textsDir, dataDir });
} catch (error) {
  fail((error as Error).message);
}
const listed = run.counted.length + run.changed.length + run.unrecorded.length + run.missing.length;
if (listed === run.missing.length)
  fail(
    `None of the ${listed} texts listed in ${join(dataDir, 'documents.csv')} is in ${textsDir}: nothing was recounted.`,
  );

for (const m of run.missing) console.error(`missing: ${m.id} (${m.file} is not in ${textsDir})`);
for (const c of run.changed)
  console.error(
    `changed: ${c.id} (${c.file}): SHA-256 ${c.sha256}, ${c.words} words; documents.csv records ` +
      `${c.recorded.sha256}, ${c.recorded.words} words`,
  );
for (const u of run.unrecorded)
  console.error(
    `not recorded: ${u.id} (${u.file}): write words ${u.words} and sha256 ${u.sha256} in documents.csv`,
  );
if (run.missing.length || run.changed.length || run.unrecorded.length) {
  console.error(
    `The counts cannot be re-derived from ${textsDir}: ${run.counted.length} of ${listed} texts match their record. Nothing written.`,
  );
  process.exit(1);
}

const out = resolve(values.out ?? join(dataDir, 'theme_mentions.csv'));
if (values.check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== run.csv) {
    console.error(`${out} is out of date: run npm run -s themes -- --texts ${values.texts}`);
    process.exit(1);
  }
  console.error(`${out} is up to date: ${run.counted.length} texts recounted, each matching its SHA-256.`);
  process.exit(0);
}
writeFileSync(out, run.csv);
console.error(`wrote ${out}: ${run.rows.length} rows from ${run.counted.length} texts`);
