// Files as people write them, read through the public module with the bundled data's vocabulary,
// as the page reads them: conference labels, headers in three languages, missing columns.
import { describe, expect, test } from 'vitest';
import {
  buildVocabulary,
  detectTable,
  messageOf,
  readTable,
  readTableInAnyLanguage,
  resolveReference,
  type Issue,
  type TableSet,
  type TableSource,
} from '$lib/data';
import { readBundledSources } from '../../../scripts/lib/readBundled';

const bundled: TableSet = {};
for (const source of readBundledSources()) Object.assign(bundled, readTable(source).tables);
const vocabulary = buildVocabulary(bundled);

const read = (text: string, more: Partial<TableSource> = {}) =>
  readTable({ name: 'list.csv', origin: 'list.csv', text, vocabulary, ...more });
const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');

describe('resolveReference: conference values', () => {
  test.each([
    ['the-hague-2015', 'the-hague-2015'],
    ['The Hague 2015', 'the-hague-2015'],
    ['Global Conference on CyberSpace 2015 (GCCS2015)', 'the-hague-2015'],
    ['Global Conference on CyberSpace 2015', 'the-hague-2015'],
    ['GCCS 2015', 'the-hague-2015'],
    ['GCCS2015', 'the-hague-2015'],
    ['gccs-2015', 'the-hague-2015'],
    ['fourth GCCS', 'the-hague-2015'],
    ['4th GCCS', 'the-hague-2015'],
    ['Hague 2015', 'the-hague-2015'],
    ['The Hague', 'the-hague-2015'],
    ['La Haye 2015', 'the-hague-2015'],
    ['La Haya 2015', 'the-hague-2015'],
    ['London Conference on Cyberspace', 'london-2011'],
    ['London 2011', 'london-2011'],
    ['London', 'london-2011'],
    ['Londres 2011', 'london-2011'],
    ['first GCCS', 'london-2011'],
    ['Budapest 2012', 'budapest-2012'],
    ['Seoul', 'seoul-2013'],
    ['Séoul 2013', 'seoul-2013'],
    ['SEOUL  2013', 'seoul-2013'],
    ['Seúl 2013', 'seoul-2013'],
    ['New Delhi 2017', 'new-delhi-2017'],
    ['GCCS 2017', 'new-delhi-2017'],
    ['Nouvelle-Delhi', 'new-delhi-2017'],
    ['Baku 2013', 'baku-2013-itu'],
    ['NETmundial', 'netmundial-2014'],
  ])('%s → %s', (value, id) => {
    expect(resolveReference(vocabulary, 'conferences', value)).toEqual({ ok: true, id });
  });

  test('a name several conferences share is ambiguous, with its candidates, unless a year narrows it', () => {
    const gccs = resolveReference(vocabulary, 'conferences', 'GCCS');
    expect(gccs.ok).toBe(false);
    if (!gccs.ok) {
      expect(gccs.ambiguous).toBe(true);
      expect(gccs.candidates.map((c) => c.id)).toEqual([
        'london-2011',
        'budapest-2012',
        'seoul-2013',
        'the-hague-2015',
        'new-delhi-2017',
      ]);
    }
    expect(resolveReference(vocabulary, 'conferences', 'GCCS', 2013)).toEqual({ ok: true, id: 'seoul-2013' });
  });

  test('a name no conference goes by is not resolved, and near misses are offered', () => {
    const munich = resolveReference(vocabulary, 'conferences', 'Munich 2019');
    expect(munich).toMatchObject({ ok: false, ambiguous: false, candidates: [] });
    const typo = resolveReference(vocabulary, 'conferences', 'Seoull 2013');
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.candidates[0]?.id).toBe('seoul-2013');
  });
});

describe('resolveReference: initiatives and themes', () => {
  test.each([
    ['initiatives', 'gfce', 'gfce'],
    ['initiatives', 'GFCE', 'gfce'],
    ['initiatives', 'Global Forum on Cyber Expertise', 'gfce'],
    ['initiatives', 'Budapest Convention', 'budapest-convention'],
    ['initiatives', 'Convention on Cybercrime', 'budapest-convention'],
    ['initiatives', 'ETS No. 185', 'budapest-convention'],
    ['initiatives', 'Convenio de Budapest', 'budapest-convention'],
    ['initiatives', 'Freedom Online Coalition', 'freedom-online-coalition'],
    ['initiatives', 'FOC', 'freedom-online-coalition'],
    ['themes', 'capacity-building', 'capacity-building'],
    ['themes', 'Capacity building', 'capacity-building'],
    ['themes', 'Renforcement des capacités', 'capacity-building'],
    ['themes', 'Ciberdelincuencia', 'cybercrime'],
  ] as const)('%s: %s → %s', (table, value, id) => {
    expect(resolveReference(vocabulary, table, value)).toEqual({ ok: true, id });
  });
});

describe('detectTable: headers in English, French and Spanish', () => {
  test.each([
    [['Country', 'Event', 'Year'], 'participation'],
    [['conference', 'country'], 'participation'],
    [['Pays', 'Conférence', 'Rôle', 'Source'], 'participation'],
    [['País', 'Conferencia', 'Rol', 'Fuente'], 'participation'],
    [['ÉTAT', 'événement'], 'participation'],
    [['State', 'Signature', 'Ratification', 'Entry into force'], 'memberships'],
    [['Initiative', 'Country', 'Year joined'], 'memberships'],
    [['Name', 'Date'], 'initiatives'],
    [['Nom', 'Date', 'Thèmes'], 'initiatives'],
    [['apples', 'pears'], undefined],
  ])('%j → %s', (headers, kind) => {
    expect(detectTable(headers)).toBe(kind);
  });
});

describe('a participation list as people write it', () => {
  test('"Country,Event,Year" with press names loads every row as an attendee, with one warning for the missing sources', () => {
    const { tables, reports } = read(
      ['Country,Event,Year', 'Ghana,GCCS 2015,2015', 'Peru,GCCS,2015', 'Kenya,Seoul 2013,2013'].join('\n'),
    );
    expect(tables.participation?.map((r) => [r.country, r.conference, r.role, r.source])).toEqual([
      ['GHA', 'the-hague-2015', 'attendee', []],
      ['PER', 'the-hague-2015', 'attendee', []],
      ['KEN', 'seoul-2013', 'attendee', []],
    ]);
    expect(reports[0]!.issues.map((i) => [i.code, i.line, i.severity])).toEqual([
      ['no-source', 1, 'warning'],
    ]);
  });

  test.each([
    ['hôte', 'host'],
    ['Participant', 'attendee'],
    ['Orateur', 'speaker'],
    ['anfitrión', 'host'],
    ['ponente', 'speaker'],
    ['observador', 'observer'],
    ['', 'attendee'],
  ])('a role written "%s" is %s', (role, expected) => {
    const { tables } = read(`pays;conférence;rôle\nFrance;La Haye 2015;${role}\n`);
    expect(tables.participation?.[0]?.role).toBe(expected);
  });

  test.each([
    ['ministre', 'minister'],
    ['Embajador', 'ambassador'],
    ["chef d'État", 'head-of-state'],
    ['sociedad civil', 'non-governmental'],
  ])('a level written "%s" is %s', (level, expected) => {
    const { tables } = read(`country,conference,level\nFrance,Seoul 2013,${level}\n`);
    expect(tables.participation?.[0]?.level).toBe(expected);
  });

  test('an ambiguous or unknown conference is an issue on its line naming the candidates; the other rows load', () => {
    const { tables, reports } = read(
      ['conference,country', 'GCCS,Kenya', 'Munich 2019,Chile', 'Seoul 2013,Chile'].join('\n'),
    );
    expect(tables.participation).toHaveLength(1);
    const found = errors(reports[0]!.issues);
    expect(found.map((i) => [i.line, i.code, i.column, i.value])).toEqual([
      [2, 'ambiguous-reference', 'conference', 'GCCS'],
      [3, 'unknown-reference', 'conference', 'Munich 2019'],
    ]);
    expect(messageOf(found[0]!)).toMatch(/London 2011 \(london-2011\).*New Delhi 2017 \(new-delhi-2017\)/);
    expect(messageOf(found[1]!)).toMatch(/It knows London 2011/);
  });

  test('one value for a whole column (a conference, a source) comes from the mapping step', () => {
    const { tables, reports } = read('Delegation,Head of delegation\nFrance,A. Person\nJapan,B. Person\n', {
      kind: 'participation',
      mapping: { conference: { value: 'GCCS 2015' }, source: { value: 'https://example.org/list' } },
    });
    expect(tables.participation?.map((r) => [r.country, r.conference, r.source])).toEqual([
      ['FRA', 'the-hague-2015', ['https://example.org/list']],
      ['JPN', 'the-hague-2015', ['https://example.org/list']],
    ]);
    expect(reports[0]!.issues).toEqual([]);
  });

  test('corrections write a chosen value in place of the file’s, column by column', () => {
    const text = 'Conference,Country\nSeoul 2013,Germny\nLondon 2011, Germny \nSeoul 2013,Frnace\n';
    const before = read(text);
    expect(errors(before.reports[0]!.issues).map((i) => [i.column, i.value, i.replacement])).toEqual([
      ['Country', 'Germny', 'DEU'],
      ['Country', ' Germny ', 'DEU'],
      ['Country', 'Frnace', 'FRA'],
    ]);
    const after = read(text, { corrections: { Country: { Germny: 'DEU' } } });
    expect(after.tables.participation?.map((r) => r.country)).toEqual(['DEU', 'DEU']);
  });

  test('a missing required column is named, once, on the header line', () => {
    const { reports } = read('Country,Role\nFrance,host\n');
    expect(reports[0]!.kind).toBe('participation');
    expect(reports[0]!.issues.map((i) => [i.code, i.column, i.line])).toEqual([
      ['missing-column', 'conference', 1],
    ]);
  });
});

describe('a list written in French or Spanish', () => {
  test('its country names are read once the French and Spanish names are loaded, which only such a file does', async () => {
    const text = [
      'Pays;Conférence;Rôle',
      'Allemagne;La Haye 2015;participant',
      'Royaume-Uni;Conférence de Londres sur le cyberespace;hôte',
      'États-Unis;Séoul 2013;orateur',
      'Corée du Sud;Séoul 2013;hôte',
    ].join('\n');
    expect(read(text).tables.participation ?? []).toHaveLength(0);
    const { tables, reports } = await readTableInAnyLanguage({ name: 'liste.csv', text, vocabulary });
    expect(errors(reports[0]!.issues)).toEqual([]);
    expect(tables.participation?.map((r) => [r.country, r.conference, r.role])).toEqual([
      ['DEU', 'the-hague-2015', 'attendee'],
      ['GBR', 'london-2011', 'host'],
      ['USA', 'seoul-2013', 'speaker'],
      ['KOR', 'seoul-2013', 'host'],
    ]);
  });

  test('Spanish headers and names', async () => {
    const text = 'País,Conferencia,Rol\nAlemania,La Haya 2015,participante\nReino Unido,Seúl 2013,ponente\n';
    const { tables } = await readTableInAnyLanguage({ name: 'lista.csv', text, vocabulary });
    expect(tables.participation?.map((r) => [r.country, r.conference, r.role])).toEqual([
      ['DEU', 'the-hague-2015', 'attendee'],
      ['GBR', 'seoul-2013', 'speaker'],
    ]);
  });
});

describe('registers and initiatives as their keepers print them', () => {
  test('a treaty chart’s signature and ratification dates give each state’s status, year and date', () => {
    const { tables } = read(
      [
        'State,Signature,Ratification,Entry into force',
        'United Kingdom,23/11/2001,25/05/2011,01/09/2011',
        'Ireland,28/02/2002,,',
        // Day first, as the rest of the column shows: 3 July 2012.
        'Japan,23/11/2001,03/07/2012,01/11/2012',
      ].join('\n'),
      { mapping: { initiative: { value: 'Budapest Convention' } } },
    );
    expect(tables.memberships?.map((m) => [m.country, m.initiative, m.status, m.year, m.date?.iso])).toEqual([
      ['GBR', 'budapest-convention', 'party', 2011, '2011-05-25'],
      ['IRL', 'budapest-convention', 'signatory', 2002, '2002-02-28'],
      ['JPN', 'budapest-convention', 'party', 2012, '2012-07-03'],
    ]);
  });

  test('an initiatives list needs only a name and a date; the id is made from the name', () => {
    const { tables, reports } = read(
      'Name,Date,Themes\nMy Cyber Forum,2016-05,Capacity building|cybercrime\n',
    );
    expect(errors(reports[0]!.issues)).toEqual([]);
    expect(tables.initiatives?.[0]).toMatchObject({
      id: 'my-cyber-forum',
      name: 'My Cyber Forum',
      themes: ['capacity-building', 'cybercrime'],
    });
  });
});

describe('JSON as people write it', () => {
  test('an array of objects follows the same rules, and its issues point to real lines', () => {
    const text = JSON.stringify(
      [
        { Country: 'Ghana', Event: 'GCCS 2015' },
        { Country: 'Atlantis', Event: 'GCCS 2015' },
      ],
      null,
      2,
    );
    const { tables, reports } = read(text, { name: 'list.json' });
    expect(tables.participation?.map((r) => r.country)).toEqual(['GHA']);
    const lines = reports[0]!.issues.map((i) => [i.code, i.line]);
    expect(lines).toEqual([
      ['unknown-country', 6],
      ['no-source', 2],
    ]);
  });

  test('a table missing its required column points to the table’s first object, never line 0', () => {
    const text = '{\n  "participation": [\n    {"country": "Ghana"}\n  ]\n}';
    const { reports } = read(text, { name: 'list.json' });
    expect(reports[0]!.issues.map((i) => [i.code, i.line])).toEqual([['missing-column', 3]]);
    expect(read('', { name: 'empty.json' }).reports[0]!.issues[0]!.line).toBe(1);
  });
});
