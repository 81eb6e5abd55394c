import { afterEach, describe, expect, test } from 'vitest';
import { useLanguage } from '$lib/i18n';
import {
  applyFilters,
  citeView,
  defaultFilters,
  searchRows,
  selectTable,
  sortRows,
  tableRecords,
  type Filters,
} from '$lib/query';
import { fixtureDataset } from './fixture';

const dataset = fixtureDataset();
const table = (kind: Filters['table'], patch: Partial<Filters> = {}) =>
  selectTable(applyFilters(dataset, { ...defaultFilters(), ...patch }), dataset, kind);

afterEach(() => useLanguage('en'));

describe('the table in another language', () => {
  test('shows codes as words and names in French, while the cells and the CSV keep the codes', async () => {
    await useLanguage('fr');
    const model = table('participation', { conferences: ['london-2011'] });
    expect(model.label).toMatch(/^Participation : un État/);
    const gbr = model.rows.find((r) => r.iso3 === 'GBR')!;
    expect(gbr.shown).toMatchObject({ role: 'hôte', state: 'Royaume-Uni', origin: 'de l’atlas' });
    expect(gbr.cells).toMatchObject({ role: 'host', origin: 'bundled' });
    expect(tableRecords(model, [gbr])[0]).toMatchObject({
      role: 'host',
      source: 'https://www.gov.uk/london',
    });
    // The conference has no French name in these data: its English label is marked as English.
    expect(gbr.shown.conference).toBe('London 2011');
    expect(gbr.english).toEqual(['conference']);
  });

  test('searches the words shown as well as the codes, and sorts by the words shown', async () => {
    await useLanguage('fr');
    const model = table('participation', { conferences: ['london-2011'] });
    expect(searchRows(model.rows, 'hôte').map((r) => r.iso3)).toEqual(['GBR']);
    expect(searchRows(model.rows, 'host').map((r) => r.iso3)).toEqual(['GBR']);
    // "hôte" sorts before "participant" in French, as "attendee" sorts before "host" in English.
    const roles = (m: typeof model) => sortRows(m.rows, 'role', m.columns).map((r) => r.cells.role);
    expect(roles(model)).toEqual(['host', 'attendee', 'attendee']);
    await useLanguage('en');
    expect(roles(table('participation', { conferences: ['london-2011'] }))).toEqual([
      'attendee',
      'attendee',
      'host',
    ]);
  });

  test('back in English, the rows are English again', async () => {
    await useLanguage('ru');
    expect(table('memberships').rows[0]!.shown.state).toBe('Нидерланды');
    await useLanguage('en');
    const [row] = table('memberships').rows;
    expect(row!.shown.state).toBe('Netherlands');
    expect(row!.english).toEqual([]);
  });

  test('the citation follows the page’s language; its dates stay ISO', async () => {
    await useLanguage('es');
    const cite = citeView({
      title: 'Mapa',
      permalink: 'https://example.org/?lang=es',
      dataDate: '2025-11-20',
      accessed: '2025-11-25',
    });
    expect(cite.text).toBe(
      'Atlas del Proceso de Londres (2025). Mapa. Datos al 2025-11-20. https://example.org/?lang=es (consultado el 2025-11-25).',
    );
    expect(cite.bibtex).toContain('author = {{Atlas del Proceso de Londres}},');
  });

  test('in Arabic the address and the dates are left-to-right runs of the citation, and BibTeX keeps them plain', async () => {
    await useLanguage('ar');
    const cite = citeView({
      title: 'خريطة',
      permalink: 'https://example.org/?lang=ar',
      dataDate: '2025-11-20',
      accessed: '2025-11-25',
    });
    expect(cite.text).toContain('\u2066https://example.org/?lang=ar\u2069');
    expect(cite.text).toContain('\u20662025-11-20\u2069');
    expect(cite.bibtex).not.toMatch(/[\u2066\u2069]/);
    expect(cite.bibtex).toContain('2025-11-20');
  });
});
