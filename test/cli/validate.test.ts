import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'atlas-validate-'));

/** Runs `npm run -s validate -- ...args` as a user would, through a pipe. */
function validate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Each test starts tsx (one to three times): seconds on a busy 2-core machine, so not vitest's 5 s default.
describe('npm run validate (the Contracts CLI)', { timeout: 120_000 }, () => {
  test('exit 0 and a JSON summary with each record resolved to ISO3 when every row is valid', () => {
    const path = file(
      'people.csv',
      'conference,country,role,source\nseoul-2013,Korea Republic of,host,https://a.example/x\n',
    );
    const { status, stdout } = validate(path, '--table', 'participation', '--json');
    expect(status).toBe(0);
    const summary = JSON.parse(stdout) as {
      table: string;
      rows: number;
      accepted: number;
      records: { line: number; iso3: string }[];
    };
    expect(summary).toMatchObject({ table: 'participation', rows: 1, accepted: 1, rejected: 0, issues: [] });
    expect(summary.records[0]).toMatchObject({ line: 2, iso3: 'KOR' });
  });

  test('exit 1 with the bad row named by its line and column, the good ones still counted', () => {
    const path = file(
      'mixed.csv',
      'conference,country,role,source\nseoul-2013,France,attendee,https://a.example/x\nseoul-2013,Atlantis,attendee,https://a.example/y\n',
    );
    const { status, stdout } = validate(path, '--table', 'participation', '--json');
    expect(status).toBe(1);
    const summary = JSON.parse(stdout) as { accepted: number; issues: { line: number; column: string }[] };
    expect(summary.accepted).toBe(1);
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ line: 3, column: 'country', value: 'Atlantis' }),
    );
  });

  test('exit 2 for an unreadable file or an unknown table', () => {
    expect(validate(join(dir, 'missing.csv')).status).toBe(2);
    expect(validate(file('x.csv', 'a,b\n1,2\n'), '--table', 'nonsense').status).toBe(2);
  });

  test('a large summary arrives whole through a pipe', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `seoul-2013,FRA,attendee,https://a.example/${i}`);
    const path = file('big.csv', `conference,country,role,source\n${rows.join('\n')}\n`);
    const { stdout } = validate(path, '--table', 'participation', '--json');
    expect(stdout.length).toBeGreaterThan(64 * 1024);
    expect((JSON.parse(stdout) as { rows: number }).rows).toBe(3000);
  });
});
