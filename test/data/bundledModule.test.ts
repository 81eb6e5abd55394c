import { describe, expect, test } from 'vitest';
import { buildDataset, readTable, type TableSet } from '$lib/data';
import { FIRST_TABLES, bundledTables } from '../../scripts/lib/bundledTablesPlugin';
import { readBundledSources } from '../../scripts/lib/readBundled';

type Part = 'first' | 'rest';

/** The code the page imports as `virtual:bundled-tables/<part>`, run as a real module. */
async function pageModule(part: Part): Promise<{ tables: TableSet; reports: unknown[] }> {
  const plugin = bundledTables();
  const id = (plugin.resolveId as (id: string) => string)(`virtual:bundled-tables/${part}`);
  const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => Promise<string>;
  const code = await load.call({ addWatchFile: () => undefined }, id);
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: { tables: TableSet; reports: unknown[] };
  };
  return module.default;
}

describe('the bundled tables the page loads', () => {
  test('are exactly the rows the validator accepts from data/*.csv, in order', async () => {
    const first = await pageModule('first');
    const rest = await pageModule('rest');
    const expected: TableSet = {};
    for (const source of readBundledSources()) Object.assign(expected, readTable(source).tables);
    expect(Object.keys(first.tables).sort()).toEqual(
      Object.keys(expected)
        .filter((k) => FIRST_TABLES.includes(k))
        .sort(),
    );
    expect({ ...first.tables, ...rest.tables }).toEqual(expected);
  });

  test('the first part alone, and both together, link into a dataset with no issue', async () => {
    const first = await pageModule('first');
    const rest = await pageModule('rest');
    expect(buildDataset(first.tables).issues).toEqual([]);
    const { dataset, issues } = buildDataset({ ...first.tables, ...rest.tables });
    expect(issues).toEqual([]);
    expect(dataset.conferences.length).toBeGreaterThanOrEqual(5);
  });
});
