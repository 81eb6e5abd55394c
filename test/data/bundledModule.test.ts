import { describe, expect, test } from 'vitest';
import { buildDataset, readTable, type TableSet } from '$lib/data';
import { bundledTables } from '../../scripts/lib/bundledTablesPlugin';
import { readBundledSources } from '../../scripts/lib/readBundled';

/** The code the page imports as `virtual:bundled-tables`, run as a real module. */
async function pageModule(): Promise<{ tables: TableSet; reports: unknown[] }> {
  const plugin = bundledTables();
  const id = (plugin.resolveId as (id: string) => string)('virtual:bundled-tables');
  const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => Promise<string>;
  const code = await load.call({ addWatchFile: () => undefined }, id);
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: { tables: TableSet; reports: unknown[] };
  };
  return module.default;
}

describe('the bundled tables the page loads', () => {
  test('are exactly the rows the validator accepts from data/*.csv, in order', async () => {
    const { tables } = await pageModule();
    const expected: TableSet = {};
    for (const source of readBundledSources()) Object.assign(expected, readTable(source).tables);
    expect(Object.keys(tables).sort()).toEqual(Object.keys(expected).sort());
    expect(tables).toEqual(expected);
  });

  test('link into a dataset with no issue', async () => {
    const { tables } = await pageModule();
    const { dataset, issues } = buildDataset(tables);
    expect(issues).toEqual([]);
    expect(dataset.conferences.length).toBeGreaterThanOrEqual(5);
  });
});
