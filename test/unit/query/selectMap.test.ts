import { describe, expect, test } from 'vitest';
import { loadTables } from '$lib/data';
import {
  defaultFilters,
  describeMap,
  mapKeyLabel,
  mapSources,
  mapTitle,
  selectCompareModel,
  selectCumulativeModel,
  selectMapModel,
  mapCoverageLine,
  selectMapSteps,
  selectMapView,
  selectMembershipModel,
  selectStateProfile,
  type Filters,
  type MapModel,
} from '$lib/query';

// Four conferences (one related), a state that skips one and comes back, a user row, two initiatives.
const { dataset } = loadTables([
  {
    name: 'conferences.csv',
    kind: 'conferences',
    origin: 'bundled',
    text: [
      'id,name,short_name,kind,country,start_date,states,source',
      'london-2011,London Conference,London 2011,process,GBR,2011-11-01,60,https://a.org/london',
      'budapest-2012,Budapest Conference,Budapest 2012,process,HUN,2012-10-04,,https://a.org/budapest',
      'baku-2012,Baku IGF,Baku 2012,related,AZE,2012-11-06,,https://a.org/baku',
      'seoul-2013,Seoul Conference,Seoul 2013,process,KOR,2013-10-17,87,https://a.org/seoul',
    ].join('\n'),
  },
  {
    name: 'participation.csv',
    kind: 'participation',
    origin: 'bundled',
    text: [
      'conference,country,role,level,confidence,source',
      'london-2011,GBR,host,minister,documented,https://b.org/1',
      'london-2011,USA,attendee,head-of-government,documented,https://b.org/2',
      'london-2011,FRA,attendee,,secondary-report,https://b.org/3',
      'london-2011,SGP,attendee,,pre-event-announcement,https://b.org/4',
      'london-2011,SGP,speaker,official,documented,https://b.org/5',
      'budapest-2012,USA,attendee,,documented,https://b.org/6',
      'budapest-2012,DEU,attendee,,documented,https://b.org/7',
      'seoul-2013,USA,attendee,,documented,https://b.org/8',
      'seoul-2013,FRA,attendee,,documented,https://b.org/9',
      'seoul-2013,MLT,attendee,,documented,https://b.org/10',
      'budapest-2012,SWE,attendee,,documented,https://b.org/12',
      'seoul-2013,SWE,attendee,,documented,https://b.org/13',
      'baku-2012,BRA,attendee,,documented,https://b.org/11',
    ].join('\n'),
  },
  {
    name: 'my-list.csv',
    kind: 'participation',
    origin: 'my-list.csv',
    text: 'conference,country,role,source\nseoul-2013,XKX,attendee,https://c.org/1\n',
  },
  {
    name: 'initiatives.csv',
    kind: 'initiatives',
    origin: 'bundled',
    text: [
      'id,name,date,country,source',
      'foc,Freedom Online Coalition,2011-12,NLD,https://f.org',
      'gfce,Global Forum on Cyber Expertise,2015-04-16,NZL,https://g.org',
      'coe,Budapest Convention,2001-11-23,HUN,https://e.org',
    ].join('\n'),
  },
  {
    name: 'memberships.csv',
    kind: 'memberships',
    origin: 'bundled',
    text: [
      'initiative,country,year,status,source',
      'foc,NLD,2011,founding-member,https://f.org/1',
      'foc,USA,2011,founding-member,https://f.org/2',
      'foc,GHA,2012,member,https://f.org/3',
      'foc,TUN,,member,https://f.org/4',
      'foc,MUS,2015,member,https://f.org/5',
      'coe,AUT,2001,signatory,https://e.org/1',
      'coe,AUT,2012,party,https://e.org/2',
      'coe,JPN,2001,signatory,https://e.org/3',
      'coe,ITA,,party,https://e.org/4',
      'coe,GRC,2001,signatory,https://e.org/5',
      'coe,GRC,,party,https://e.org/6',
    ].join('\n'),
  },
]);
const conference = (id: string) => dataset.conferenceById.get(id)!;
const keys = (m: MapModel) => Object.fromEntries(m.states.map((s) => [s.iso3, s.key]));
const filters = (patch: Partial<Filters>): Filters => ({ ...defaultFilters(), ...patch });

describe('selectMapModel', () => {
  const model = selectMapModel(dataset, conference('london-2011'));

  test('the host is host; every other documented state is an attendee', () => {
    expect(keys(model)).toEqual({ FRA: 'attendee', GBR: 'host', SGP: 'attendee', USA: 'attendee' });
    expect(model.states.map((s) => s.name)).toEqual([
      'France',
      'Singapore',
      'United Kingdom',
      'United States',
    ]);
    expect(model.counts).toEqual({ attendee: 3, host: 1 });
  });

  test('every state the data mentions is known, so the map draws it: places of initiatives too', () => {
    // New Zealand appears only as the place of an initiative.
    expect(model.known).toEqual(expect.arrayContaining(['NZL', 'GHA', 'HUN', 'AZE', 'BRA', 'XKX']));
  });

  test('coverage is documented states against the headline count the conference reports', () => {
    expect(model.coverage).toEqual({ documented: 4, reported: 60 });
    expect(selectMapModel(dataset, conference('budapest-2012')).coverage).toEqual({
      documented: 4,
      reported: null,
    });
  });

  test('the coverage line, as the legend and every export print it, is computed from the data', () => {
    expect(mapCoverageLine(model)).toBe('4 of the 60 reported states documented.');
    expect(mapCoverageLine(selectMapModel(dataset, conference('budapest-2012')))).toBe(
      '4 states documented, no headline count reported.',
    );
    expect(
      mapCoverageLine(selectCompareModel(dataset, conference('london-2011'), conference('budapest-2012'))),
    ).toBe(
      'London 2011: 4 of the 60 reported states documented; Budapest 2012: 4 states documented, no headline count reported.',
    );
  });

  test('a state with several rows keeps every role and source and its strongest evidence', () => {
    const sgp = model.states.find((s) => s.iso3 === 'SGP')!;
    expect(sgp.roles).toEqual(['attendee', 'speaker']);
    expect(sgp.confidence).toBe('documented');
    expect(sgp.sources).toEqual(['https://b.org/4', 'https://b.org/5']);
    expect(sgp.level).toBe('official');
  });

  test('a host with no participation row is still the host, sourced by the conference', () => {
    const hun = selectMapModel(dataset, conference('budapest-2012')).states.find((s) => s.iso3 === 'HUN')!;
    expect([hun.key, hun.status, hun.sources]).toEqual(['host', 'host', ['https://a.org/budapest']]);
  });
});

describe('selectMapSteps', () => {
  test('walks the process conferences in date order, leaving related events out', () => {
    expect(selectMapSteps(dataset).map((c) => c.id)).toEqual(['london-2011', 'budapest-2012', 'seoul-2013']);
  });
});

describe('selectCumulativeModel', () => {
  test('adds up every process conference up to the one shown; hosts stay hosts', () => {
    const model = selectCumulativeModel(dataset, conference('budapest-2012'));
    expect(model.span.map((c) => c.id)).toEqual(['london-2011', 'budapest-2012']);
    expect(keys(model)).toEqual({
      DEU: 'attendee',
      FRA: 'attendee',
      GBR: 'host',
      HUN: 'host',
      SGP: 'attendee',
      SWE: 'attendee',
      USA: 'attendee',
    });
    expect(model.states.find((s) => s.iso3 === 'USA')?.conferences).toEqual(['london-2011', 'budapest-2012']);
  });
});

describe('selectCompareModel', () => {
  const cases = [
    { name: 'earlier first', a: 'budapest-2012', b: 'seoul-2013' },
    { name: 'order does not matter', a: 'seoul-2013', b: 'budapest-2012' },
  ];
  test.each(cases)('joined, returned, left and both ($name)', ({ a, b }) => {
    const model = selectCompareModel(dataset, conference(a), conference(b));
    expect([model.base?.id, model.conference?.id]).toEqual(['budapest-2012', 'seoul-2013']);
    expect(keys(model)).toEqual({
      USA: 'both',
      SWE: 'both',
      // France was at London, not at Budapest, and again at Seoul.
      FRA: 'returned',
      KOR: 'joined',
      MLT: 'joined',
      XKX: 'joined',
      // Germany and the host Hungary were at Budapest; no source places them at Seoul.
      DEU: 'left',
      HUN: 'left',
    });
    expect(model.states.find((s) => s.iso3 === 'DEU')?.status).toBe('no-record');
    expect(model.states.find((s) => s.iso3 === 'KOR')?.status).toBe('host');
    expect(model.counts).toEqual({ both: 2, returned: 1, joined: 3, left: 2 });
  });

  test('a state documented between the two compared has returned, not joined', () => {
    const model = selectCompareModel(dataset, conference('london-2011'), conference('seoul-2013'));
    // Sweden was at Budapest 2012, between London and Seoul; Malta is first documented at Seoul.
    expect(keys(model)).toMatchObject({
      SWE: 'returned',
      MLT: 'joined',
      FRA: 'both',
      GBR: 'left',
      SGP: 'left',
    });
  });
});

describe('selectMembershipModel', () => {
  const foc = dataset.initiativeById.get('foc')!;
  test.each([
    { asof: 2011, expected: { NLD: 'member', USA: 'member', TUN: 'member-undated' }, year: 2011 },
    {
      asof: 2012,
      expected: { NLD: 'member', USA: 'member', GHA: 'member', TUN: 'member-undated' },
      year: 2012,
    },
    {
      asof: null,
      expected: { NLD: 'member', USA: 'member', GHA: 'member', MUS: 'member', TUN: 'member-undated' },
      year: 2015,
    },
  ])('as of $asof: members who joined by then, and the undated ones apart', ({ asof, expected, year }) => {
    const model = selectMembershipModel(dataset, foc, asof);
    expect(keys(model)).toEqual(expected);
    expect(model.asof).toBe(year);
  });

  test.each([
    // Greece signed in 2001 and ratified at a date the source does not give: its standing is unknown.
    {
      asof: 2001,
      expected: { AUT: 'signatory', JPN: 'signatory', ITA: 'member-undated', GRC: 'member-undated' },
      aut: 'signatory',
    },
    {
      asof: 2012,
      expected: { AUT: 'member', JPN: 'signatory', ITA: 'member-undated', GRC: 'member-undated' },
      aut: 'party',
    },
  ])('a signatory counts as a party only from its ratification (as of $asof)', ({ asof, expected, aut }) => {
    const model = selectMembershipModel(dataset, dataset.initiativeById.get('coe')!, asof);
    expect(keys(model)).toEqual(expected);
    expect(model.states.find((s) => s.iso3 === 'AUT')?.membership).toEqual({ year: 2001, status: aut });
  });
});

describe('selectMapView', () => {
  test.each([
    { url: {}, mode: 'attendance', conference: 'london-2011' },
    {
      url: { conferences: ['seoul-2013'], layer: 'cumulative' },
      mode: 'cumulative',
      conference: 'seoul-2013',
    },
    { url: { conferences: ['london-2011', 'seoul-2013'] }, mode: 'compare', conference: 'seoul-2013' },
    { url: { layer: 'membership' }, mode: 'membership', conference: undefined },
  ] as const)('$mode from the URL state', ({ url, mode, conference }) => {
    const model = selectMapView(dataset, filters(url as Partial<Filters>))!;
    expect(model.mode).toBe(mode);
    expect(model.conference?.id).toBe(conference);
  });

  test('the data-source filter keeps only the bundled or only the user rows', () => {
    const seoul = { conferences: ['seoul-2013'] };
    const bundled = selectMapView(dataset, filters({ ...seoul, source: 'bundled' }))!;
    const user = selectMapView(dataset, filters({ ...seoul, source: 'user' }))!;
    expect(bundled.states.map((s) => s.iso3)).not.toContain('XKX');
    expect(user.states.map((s) => [s.iso3, s.userData])).toContainEqual(['XKX', true]);
    expect(user.states.map((s) => s.iso3)).not.toContain('FRA');
  });

  test('with no initiative to show, the membership layer falls back to attendance; no data is null', () => {
    const noMembers = loadTables([
      {
        name: 'conferences.csv',
        kind: 'conferences',
        text: 'id,name,country,start_date,source\nx-2012,X,HUN,2012-10-04,https://a.org\n',
      },
    ]).dataset;
    expect(selectMapView(noMembers, filters({ layer: 'membership' }))?.mode).toBe('attendance');
    const empty = loadTables([]).dataset;
    expect(selectMapView(empty, filters({ layer: 'membership' }))).toBeNull();
    expect(selectMapView(empty, filters({}))).toBeNull();
  });
});

describe('describeMap', () => {
  test.each([
    {
      model: selectMapModel(dataset, conference('seoul-2013')),
      expected:
        'Seoul 2013: hosted by South Korea; 6 states documented by a public source, of the 87 states reported to have taken part.',
    },
    {
      model: selectCompareModel(dataset, conference('budapest-2012'), conference('seoul-2013')),
      expected:
        'From Budapest 2012 to Seoul 2013: 2 states documented at both, 3 joined, 1 returned and 2 left (no record at Seoul 2013).',
    },
    {
      model: selectCumulativeModel(dataset, conference('seoul-2013')),
      expected: 'Up to Seoul 2013 (3 conferences): 10 states documented at one or more, 3 of them as hosts.',
    },
    {
      model: selectMembershipModel(dataset, dataset.initiativeById.get('foc')!, 2012),
      expected:
        'Freedom Online Coalition as of 2012: 3 member states (members or parties) documented, and 1 more state listed with no year.',
    },
  ])('$expected', ({ model, expected }) => {
    expect(describeMap(model)).toBe(expected);
  });

  test('titles and sources follow the mode', () => {
    const compare = selectCompareModel(dataset, conference('budapest-2012'), conference('seoul-2013'));
    expect(mapTitle(compare)).toBe('Who came and went: Budapest 2012 to Seoul 2013');
    expect(mapSources(compare)).toEqual(['https://a.org/budapest', 'https://a.org/seoul']);
    const members = selectMembershipModel(dataset, dataset.initiativeById.get('foc')!, null);
    expect(mapTitle(members)).toBe('Members of Freedom Online Coalition');
    expect(mapSources(members)).toEqual(['https://f.org']);
    expect(mapTitle(null)).toBe('Participation map');
  });

  test('names the conferences in the compare legend', () => {
    const model = selectCompareModel(dataset, conference('budapest-2012'), conference('seoul-2013'));
    expect(mapKeyLabel('left', model)).toBe('Left: at Budapest 2012, no record at Seoul 2013');
  });
});

describe('selectStateProfile', () => {
  test('conferences with their rows, initiatives based there, memberships', () => {
    const usa = selectStateProfile(dataset, 'USA', 'US');
    expect(usa.conferences.map((c) => c.conference.id)).toEqual([
      'london-2011',
      'budapest-2012',
      'seoul-2013',
    ]);
    expect(usa.memberships.map((m) => [m.initiative?.name, m.membership.year])).toEqual([
      ['Freedom Online Coalition', 2011],
    ]);
    const nld = selectStateProfile(dataset, 'NLD');
    expect(nld.conferences).toEqual([]);
    expect(nld.initiatives.map((i) => i.id)).toEqual(['foc']);
    expect(selectStateProfile(dataset, 'NZL').initiatives.map((i) => i.id)).toEqual(['gfce']);
    expect(selectStateProfile(dataset, 'AUT').memberships.map((m) => m.membership.status)).toEqual([
      'signatory',
      'party',
    ]);
    expect(selectStateProfile(dataset, 'HUN').conferences[0]).toMatchObject({ hosted: true, rows: [] });
    expect(usa.portals.map((p) => p.url)).toEqual([
      'https://ncsi.ega.ee/country/us/',
      'https://cyberpolicyportal.org/',
    ]);
    // Kosovo has no ISO alpha-2 code, so no NCSI address can be built for it.
    expect(selectStateProfile(dataset, 'XKX').portals.map((p) => p.name)).toEqual([
      'UNIDIR Cyber Policy Portal',
    ]);
  });
});
