import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readTable } from '$lib/data';

describe('the loader, on any input', () => {
  test('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('x.csv', 'x.json', 'x.tsv'),
        (bytes, name) => {
          const text = new TextDecoder().decode(bytes);
          const { reports } = readTable({ name, text });
          expect(Array.isArray(reports)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('never throws on CSV-like text full of quotes, delimiters and line breaks', () => {
    const cell = fc.stringMatching(/^[a-z"',;\t\r\n ]{0,12}$/);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), (rows) => {
        const text = ['conference,country,role,source', ...rows.map((r) => r.join(','))].join('\n');
        expect(() => readTable({ name: 'p.csv', text, kind: 'participation' })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  test('an injected bad row is reported at its true line, and every other row is accepted', () => {
    const good = fc.constantFrom('France', 'KOR', 'Japan', 'Korea, Republic of', 'Côte d’Ivoire');
    fc.assert(
      fc.property(
        fc.array(good, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.boolean(),
        (states, at, multiline) => {
          const rows = states.map(
            (s, i) =>
              `seoul-2013,"${s}",attendee,https://a.org/${i},"${multiline && i % 3 === 0 ? 'two\nlines' : 'one'}"`,
          );
          const bad = at % (rows.length + 1);
          rows.splice(bad, 0, `seoul-2013,Atlantis,attendee,https://a.org/bad,"x"`);
          const text = ['conference,country,role,source,note', ...rows].join('\n');
          // The file's own line of the bad row: the header, then each row's own line count.
          const line = 2 + rows.slice(0, bad).reduce((n, r) => n + r.split('\n').length, 0);
          const { reports, tables } = readTable({ name: 'p.csv', text, kind: 'participation' });
          expect(
            reports[0]!.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.value]),
          ).toEqual([[line, 'Atlantis']]);
          expect(tables.participation).toHaveLength(states.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
