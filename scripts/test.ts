/**
 * `npm test`: the one gate. Runs, in order, the unit tests (vitest), svelte-check, eslint,
 * prettier --check, a production build, the browser tests (vitest + playwright-core driving
 * Debian's Chromium), and one quick run of the benchmarks. Every step runs even if an earlier one
 * fails, so one run shows everything.
 * It ends with one line, "N passed, N failed", counting every unit and browser test, plus one per
 * static gate (svelte-check, eslint, prettier, build, quick bench, and with ATLAS_TEXTS set the theme
 * counts re-derived from that folder of texts), and exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

let passed = 0;
let failed = 0;
const failures: string[] = [];
const env = { ...process.env, TZ: 'UTC', FORCE_COLOR: process.env.CI ? '0' : '1' };

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function gate(label: string, command: string, args: string[]): void {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function vitest(label: string, project: string, extraEnv: Record<string, string> = {}): void {
  const out = `test-results/${project}.json`;
  rmSync(out, { force: true });
  const ok = run(
    label,
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    extraEnv,
  );
  if (!existsSync(out)) {
    failed++;
    failures.push(`${label} (no results: the runner itself failed)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // Skipped or todo tests are not allowed: count them as failures so they cannot hide.
  const skipped = report.numPendingTests + report.numTodoTests;
  failed += skipped;
  if (report.numFailedTests || skipped || !ok) failures.push(label);
  if (!ok && report.numFailedTests === 0 && !skipped) failed++; // e.g. a file failed to import
}

mkdirSync('test-results', { recursive: true });
vitest('unit tests', 'unit');
gate('svelte-check', 'npx', [
  'svelte-check',
  '--tsconfig',
  './tsconfig.json',
  '--fail-on-warnings',
  '--output',
  'human',
]);
gate('eslint', 'npx', ['eslint', '.']);
gate('prettier', 'npx', ['prettier', '--check', '.']);
const built = run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built) {
  passed++;
  vitest('browser tests', 'e2e', { E2E_PREBUILT: '1' });
  // One quick run of every benchmark, so they never rot; their figures are not asserted here.
  gate('benchmarks (quick run, figures not judged)', 'npx', ['tsx', 'bench/run.ts', '--quick']);
} else {
  failed++;
  failures.push('build (browser tests not run)');
}

// Where the texts the bundled theme counts come from are at hand (CI sets ATLAS_TEXTS to their
// folder), the counts are re-derived from them; a clone without them says so and counts nothing.
if (process.env.ATLAS_TEXTS)
  gate(`theme counts re-derived from ${process.env.ATLAS_TEXTS}`, 'npx', [
    'tsx',
    'scripts/themes.ts',
    '--texts',
    process.env.ATLAS_TEXTS,
    '--check',
  ]);
else
  console.log(
    '\n(theme counts not re-derived: set ATLAS_TEXTS to the folder of the texts documents.csv lists)',
  );

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
