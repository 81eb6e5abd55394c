import { describe, expect, test } from 'vitest';
import { loadTables, type TableSource } from '$lib/data';
import { multiplyCsv, syntheticSources } from '../../../bench/synthetic';

const sources: TableSource[] = [
  {
    name: 'themes.csv',
    kind: 'themes',
    origin: 'bundled',
    text: 'id,label,colour,keywords,description\ncybercrime,Cybercrime,#aa3377,crime,Crime online',
  },
  {
    name: 'conferences.csv',
    kind: 'conferences',
    origin: 'bundled',
    text: 'id,name,country,start_date,themes,source\nseoul-2013,Seoul,KOR,2013-10-17,cybercrime,https://a.org',
  },
  {
    name: 'participation.csv',
    kind: 'participation',
    origin: 'bundled',
    text: 'conference,country,role,source\nseoul-2013,KOR,host,https://a.org\nseoul-2013,JPN,attendee,https://a.org',
  },
  {
    name: 'initiatives.csv',
    kind: 'initiatives',
    origin: 'bundled',
    text: 'id,name,date,conference,source\ngfce,GFCE,2015,seoul-2013,https://a.org',
  },
  {
    name: 'memberships.csv',
    kind: 'memberships',
    origin: 'bundled',
    text: 'initiative,country,year,source\ngfce,NLD,2015,https://a.org',
  },
];

describe('syntheticSources', () => {
  test('multiplies every table, and every copy links as the original does (no issue)', () => {
    const { dataset, issues } = loadTables(syntheticSources(sources, 3));
    expect(issues).toEqual([]);
    expect(dataset.conferences.map((c) => c.id).sort()).toEqual([
      'seoul-2013',
      'seoul-2013-x1',
      'seoul-2013-x2',
    ]);
    expect(dataset.participation).toHaveLength(6);
    expect(dataset.participationByConference.get('seoul-2013-x2')).toHaveLength(2);
    expect(dataset.initiativeById.get('gfce-x1')?.conference).toBe('seoul-2013-x1');
    expect(dataset.memberships.map((m) => m.initiative)).toEqual(['gfce', 'gfce-x1', 'gfce-x2']);
    // The theme taxonomy is shared, not repeated.
    expect(dataset.themes).toHaveLength(1);
  });

  test('a factor of 1 gives the same rows', () => {
    const text = sources[2]!.text;
    expect(multiplyCsv(text, 'participation', 1).split(/\r?\n/)).toEqual(text.split('\n'));
  });
});
