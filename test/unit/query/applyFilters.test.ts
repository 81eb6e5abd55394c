import { describe, expect, test } from 'vitest';
import { loadTables } from '$lib/data';
import { applyFilters, defaultFilters, type Filters } from '$lib/query';

const { dataset } = loadTables([
  {
    name: 'conferences.csv',
    kind: 'conferences',
    origin: 'bundled',
    text: [
      'id,name,country,start_date,end_date,themes,source',
      'london-2011,London,GBR,2011-11-01,2011-11-02,cybercrime|economic-growth,https://a.org',
      'seoul-2013,Seoul,KOR,2013-10-17,2013-10-18,capacity-building,https://a.org',
    ].join('\n'),
  },
  {
    name: 'participation.csv',
    kind: 'participation',
    origin: 'bundled',
    text: [
      'conference,country,role,source',
      'london-2011,GBR,host,https://a.org',
      'london-2011,JPN,attendee,https://a.org',
      'seoul-2013,KOR,host,https://a.org',
      'seoul-2013,DEU,attendee,https://a.org',
    ].join('\n'),
  },
  {
    name: 'initiatives.csv',
    kind: 'initiatives',
    origin: 'bundled',
    text: [
      'id,name,date,end_date,country,themes,conference,source',
      'a4ai,A4AI,2013-10-07,,NGA,social-cultural,seoul-2013,https://a.org',
      'gfce,GFCE,2015-04-16,,NLD,capacity-building,,https://a.org',
      'convention,Convention,2001-11,2004-07,HUN,cybercrime,,https://a.org',
      'gca,GCA,2007,,,cybersecurity,,https://a.org',
    ].join('\n'),
  },
  {
    name: 'mine.csv',
    kind: 'memberships',
    text: 'initiative,country,year,source\ngfce,NLD,2015,https://a.org\ngfce,JPN,,https://a.org\n',
  },
]);

const run = (patch: Partial<Filters>) => applyFilters(dataset, { ...defaultFilters(), ...patch });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('applyFilters', () => {
  test('no filters keep everything', () => {
    const r = run({});
    expect(ids(r.conferences)).toEqual(['london-2011', 'seoul-2013']);
    expect(r.participation).toHaveLength(4);
    expect(ids(r.initiatives)).toEqual(['convention', 'gca', 'a4ai', 'gfce']);
    expect(r.memberships).toHaveLength(2);
  });

  test.each([
    {
      name: 'a year range keeps what overlaps it',
      patch: { from: 2004, to: 2013 },
      conferences: ['london-2011', 'seoul-2013'],
      initiatives: ['convention', 'gca', 'a4ai'],
    },
    { name: 'from alone', patch: { from: 2012 }, conferences: ['seoul-2013'], initiatives: ['a4ai', 'gfce'] },
    {
      name: 'a theme',
      patch: { themes: ['capacity-building'] },
      conferences: ['seoul-2013'],
      initiatives: ['gfce'],
    },
    {
      name: 'a conference',
      patch: { conferences: ['seoul-2013'] },
      conferences: ['seoul-2013'],
      initiatives: ['a4ai'],
    },
    {
      name: 'a region',
      patch: { region: 'Europe' },
      conferences: ['london-2011', 'seoul-2013'],
      initiatives: ['convention', 'gfce'],
    },
  ])('$name', ({ patch, conferences, initiatives }) => {
    const r = run(patch as Partial<Filters>);
    expect(ids(r.conferences)).toEqual(conferences);
    expect(ids(r.initiatives)).toEqual(initiatives);
  });

  test('a region keeps the states in it', () => {
    expect(run({ region: 'Asia' }).participation.map((p) => p.country)).toEqual(['JPN', 'KOR']);
  });

  test('a membership with no year passes only when no year range is set', () => {
    expect(run({}).memberships.map((m) => m.country)).toEqual(['NLD', 'JPN']);
    expect(run({ from: 2014 }).memberships.map((m) => m.country)).toEqual(['NLD']);
  });

  test('the data source filter keeps bundled or user rows', () => {
    expect(run({ source: 'user' }).memberships).toHaveLength(2);
    expect(run({ source: 'user' }).initiatives).toHaveLength(0);
    expect(run({ source: 'user' }).conferences).toHaveLength(2);
    expect(run({ source: 'bundled' }).memberships).toHaveLength(0);
  });
});
