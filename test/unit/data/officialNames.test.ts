import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildDataset, readTable, type Dataset, type TableSet } from '$lib/data';
import { conferenceLabel, conferenceName, initiativeName, nameLang } from '$lib/format';
// The page sets the language through useLanguage (which loads its messages); names need only the setter.
import { setCurrentLang, setOfficialNames } from '$lib/i18n';
import { readBundledSources } from '../../../scripts/lib/readBundled';

// The bundled data/names.csv, linked as the page links it, then handed to setOfficialNames as the
// app's rebuild does: a French page shows a recorded official name, and the English one elsewhere.
let dataset: Dataset;

beforeAll(() => {
  const tables: TableSet = {};
  for (const source of readBundledSources()) Object.assign(tables, readTable(source).tables);
  const built = buildDataset(tables);
  expect(built.issues).toEqual([]);
  dataset = built.dataset;
  setOfficialNames(dataset.names.map((n) => ({ ...n, table: n.table ?? '', lang: n.lang ?? '' })));
});

afterEach(() => setCurrentLang('en'));
afterAll(() => setOfficialNames([]));

describe('official names in a French page', () => {
  test('an initiative with a French row of names.csv gets that name, not marked English', () => {
    const row = dataset.names.find(
      (n) => n.table === 'initiatives' && n.lang === 'fr' && n.id === 'paris-call',
    );
    expect(row?.name).toBe('Appel de Paris pour la confiance et la sécurité dans le cyberespace');
    const paris = dataset.initiativeById.get('paris-call')!;
    setCurrentLang('fr');
    expect(initiativeName(paris)).toBe(row!.name);
    expect(nameLang('initiatives', paris)).toBeUndefined();
  });

  test('an id without a French name keeps its English name, with lang "en"', () => {
    const ids = new Set(dataset.names.filter((n) => n.lang === 'fr').map((n) => `${n.table}/${n.id}`));
    const initiative = dataset.initiatives.find((i) => !ids.has(`initiatives/${i.id}`))!;
    const conference = dataset.conferences.find((c) => !ids.has(`conferences/${c.id}`))!;
    setCurrentLang('fr');
    expect(initiativeName(initiative)).toBe(initiative.name);
    expect(nameLang('initiatives', initiative)).toBe('en');
    expect(conferenceName(conference)).toBe(conference.name);
    expect(conferenceLabel(conference)).toBe(conference.short_name || conference.name);
    expect(nameLang('conferences', conference, 'short')).toBe('en');
  });

  test('the English page shows the data’s own names, unmarked', () => {
    const paris = dataset.initiativeById.get('paris-call')!;
    expect(initiativeName(paris)).toBe(paris.name);
    expect(nameLang('initiatives', paris)).toBeUndefined();
  });
});
