import { describe, expect, test } from 'vitest';
import { buildDataset, readTable, TABLE_SPECS, type TableSet } from '$lib/data';
import { readBundledSources } from '../../scripts/lib/readBundled';

// The bundled data must pass the project's own validator with zero rejected rows.
const sources = readBundledSources();

describe('bundled data', () => {
  test('the core tables are present', () => {
    const kinds = sources.map((s) => s.kind);
    for (const kind of ['conferences', 'claims', 'participation', 'themes'] as const)
      expect(kinds).toContain(kind);
  });

  test.each(sources.map((s) => [s.name, s] as const))(
    '%s: every row is valid, with every column known',
    (_name, source) => {
      const { reports } = readTable(source);
      expect(reports).toHaveLength(1);
      const report = reports[0]!;
      expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(report.accepted).toBe(report.total);
      expect(report.total).toBeGreaterThan(0);
      // The bundled files use the canonical headers, exactly.
      const keys = Object.keys(TABLE_SPECS[source.kind!].columns);
      expect(report.headers.filter((h) => !keys.includes(h))).toEqual([]);
    },
  );

  test('every reference between tables resolves', () => {
    const tables: TableSet = {};
    for (const source of sources) Object.assign(tables, readTable(source).tables);
    expect(buildDataset(tables).issues).toEqual([]);
  });
});
