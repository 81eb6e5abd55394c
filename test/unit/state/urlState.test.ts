import { LANGS } from '$lib/i18n';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  CHART_KINDS,
  DATA_SOURCES,
  DATA_TABLES,
  DEFAULT_FILTERS,
  MAP_LAYERS,
  PALETTES,
  SCHEMES,
  THEME_BASES,
  THEME_GROUPS,
  THEME_METRICS,
  VIEWS,
  type Filters,
} from '$lib/query';
import { filtersToSearch, migrateParams, parseFilters, serializeFilters } from '$lib/state';

const parse = (search: string) => parseFilters(new URLSearchParams(search));

describe('parseFilters', () => {
  test('no parameters give the defaults, each marked missing', () => {
    const r = parse('');
    expect(r.filters).toEqual(DEFAULT_FILTERS);
    expect(r.status.view).toBe('missing');
    expect(r.notices).toEqual([]);
  });

  test('reads every parameter of the Contracts', () => {
    const r = parse(
      'view=timeline&conference=seoul-2013~the-hague-2015&theme=cybercrime~capacity-building&from=2012&to=2015&region=Europe&country=KOR&initiative=gfce-launch&source=user&layer=membership&membership=freedom-online-coalition&asof=2014&metric=share&group=document&q=cyber%20centre&sort=-date&scheme=dark&transparent&static=1',
    );
    expect(r.filters).toEqual({
      ...DEFAULT_FILTERS,
      view: 'timeline',
      conferences: ['seoul-2013', 'the-hague-2015'],
      themes: ['cybercrime', 'capacity-building'],
      from: 2012,
      to: 2015,
      region: 'Europe',
      country: 'KOR',
      initiative: 'gfce-launch',
      source: 'user',
      layer: 'membership',
      membership: 'freedom-online-coalition',
      asof: 2014,
      metric: 'share',
      group: 'document',
      q: 'cyber centre',
      sort: '-date',
      scheme: 'dark',
      transparent: true,
      static: true,
    });
    expect(Object.values(r.status).filter((s) => s === 'valid')).toHaveLength(19);
    expect(r.notices).toEqual([]);
  });

  test.each([
    { search: 'view=chart', param: 'view' },
    { search: 'conference=Seoul 2013', param: 'conference' },
    { search: 'conference=a~b~c', param: 'conference' },
    { search: 'from=twenty', param: 'from' },
    { search: 'to=1800', param: 'to' },
    { search: 'country=kor', param: 'country' },
    { search: 'embed=table', param: 'embed' },
    { search: `theme=${'a'.repeat(500)}`, param: 'theme' },
    { search: 'region=<script>', param: 'region' },
    { search: 'layer=heat', param: 'layer' },
    { search: 'metric=percent', param: 'metric' },
    { search: 'basis=speeches', param: 'basis' },
    { search: 'transparent=maybe', param: 'transparent' },
    { search: 'sort=name;drop', param: 'sort' },
    { search: 'initiative=GFCE launch', param: 'initiative' },
    { search: 'page=0', param: 'page' },
    { search: 'page=two', param: 'page' },
    { search: 'span=2015~2011', param: 'span' },
    { search: 'span=2011', param: 'span' },
    { search: 'span=1800~2011', param: 'span' },
  ])('an invalid $param is ignored with a notice ($search)', ({ search, param }) => {
    const r = parse(search);
    expect(r.status[param]).toBe('invalid');
    expect(r.notices.map((n) => n.param)).toEqual([param]);
    expect(r.filters).toEqual(DEFAULT_FILTERS);
  });

  test('basis is read like the others: a known value, tolerant of spaces, texts by default', () => {
    expect(parse('view=themes&basis=initiatives').filters.basis).toBe('initiatives');
    expect(parse('basis=%20agendas%20').filters.basis).toBe('agendas');
    expect(parse('view=themes').filters.basis).toBe('texts');
    expect(parse('basis=texts').status.basis).toBe('valid');
  });

  test('span and page are read and written', () => {
    const r = parse('view=timeline&span=2011~2015');
    expect(r.filters.span).toEqual([2011, 2015]);
    expect(filtersToSearch({ ...r.filters, span: [2012, 2013] })).toBe('?view=timeline&span=2012~2013');
    expect(parse('view=table&page=3').filters.page).toBe(3);
    expect(filtersToSearch({ ...DEFAULT_FILTERS, view: 'table', page: 1 })).toBe('?view=table');
  });

  test('from after to drops to, with a notice', () => {
    const r = parse('from=2016&to=2012');
    expect(r.filters.from).toBe(2016);
    expect(r.filters.to).toBeNull();
    expect(r.notices[0]!.param).toBe('to');
  });

  test('theme=dark|light|auto is read as the colour scheme (embed flag)', () => {
    expect(parse('embed=map&theme=dark').filters).toMatchObject({ embed: 'map', scheme: 'dark', themes: [] });
    expect(parse('theme=cybercrime').filters).toMatchObject({ scheme: 'auto', themes: ['cybercrime'] });
  });

  test('renamed parameters still work', () => {
    expect(migrateParams(new URLSearchParams('tab=themes&conf=seoul-2013')).toString()).toBe(
      'view=themes&conference=seoul-2013',
    );
    expect(parse('tab=sources').filters.view).toBe('sources');
  });
});

describe('the figure’s words: title, subtitle, note', () => {
  test.each([
    { name: 'plain words are kept', query: 'title=Who%20came%3F', field: 'title', expected: 'Who came?' },
    {
      name: 'markup stays text',
      query: 'subtitle=%3Cb%3Ebold%3C%2Fb%3E',
      field: 'subtitle',
      expected: '<b>bold</b>',
    },
    {
      name: 'a script tag stays text',
      query: 'note=%3Cscript%3Ex%3C%2Fscript%3E',
      field: 'note',
      expected: '<script>x</script>',
    },
    {
      name: 'line breaks and runs of spaces become one space',
      query: 'note=a%0A%0Ab%20%20%20c%09',
      field: 'note',
      expected: 'a b c',
    },
    { name: 'blank is the default', query: 'title=%20%20', field: 'title', expected: '' },
  ] as const)('$name', ({ query, field, expected }) => {
    const r = parseFilters(new URLSearchParams(query));
    expect(r.filters[field]).toBe(expected);
    expect(r.notices).toEqual([]);
  });

  test('a title over 200 characters is ignored with a notice; a note may run to 600', () => {
    const long = 'x'.repeat(201);
    const r = parseFilters(new URLSearchParams({ title: long, note: long }));
    expect(r.filters.title).toBe('');
    expect(r.notices.map((n) => n.param)).toEqual(['title']);
    expect(r.filters.note).toBe(long);
  });

  test('only the words set are written, after the other parameters', () => {
    expect(filtersToSearch({ ...DEFAULT_FILTERS, title: 'Seoul & after', note: '' })).toBe(
      '?title=Seoul+%26+after',
    );
  });
});

describe('highlight', () => {
  test.each([
    { name: 'ISO3 codes joined by ~', query: 'highlight=FRA~DEU', expected: ['FRA', 'DEU'], notices: 0 },
    { name: 'repeats dropped', query: 'highlight=FRA~FRA', expected: ['FRA'], notices: 0 },
    { name: 'a name is not a code', query: 'highlight=France', expected: [], notices: 1 },
    { name: 'lower case is not a code', query: 'highlight=fra', expected: [], notices: 1 },
    {
      name: 'more than 12 refused',
      query: `highlight=${'ABCDEFGHIJKLM'
        .split('')
        .map((c) => c.repeat(3))
        .join('~')}`,
      expected: [],
      notices: 1,
    },
  ])('$name', ({ query, expected, notices }) => {
    const r = parseFilters(new URLSearchParams(query));
    expect(r.filters.highlight).toEqual(expected);
    expect(r.notices).toHaveLength(notices);
  });

  test('written with ~, only when set', () => {
    expect(filtersToSearch({ ...DEFAULT_FILTERS, highlight: ['FRA', 'DEU'] })).toBe('?highlight=FRA~DEU');
    expect(filtersToSearch({ ...DEFAULT_FILTERS, highlight: [] })).toBe('');
  });
});

describe('palette', () => {
  test('print is read and written; the default never is; anything else is ignored with a notice', () => {
    expect(parseFilters(new URLSearchParams('palette=print')).filters.palette).toBe('print');
    expect(filtersToSearch({ ...DEFAULT_FILTERS, palette: 'print' })).toBe('?palette=print');
    expect(filtersToSearch({ ...DEFAULT_FILTERS, palette: 'default' })).toBe('');
    const r = parseFilters(new URLSearchParams('palette=neon'));
    expect(r.filters.palette).toBe('default');
    expect(r.notices.map((n) => n.param)).toEqual(['palette']);
  });
});

describe('lang', () => {
  test('one of the six languages is read (a region subtag let go) and written; anything else gets a notice', () => {
    expect(parseFilters(new URLSearchParams('lang=ar')).filters.lang).toBe('ar');
    expect(parseFilters(new URLSearchParams('lang=fr-CA')).filters.lang).toBe('fr');
    expect(parseFilters(new URLSearchParams('lang=zh-Hans')).filters.lang).toBe('zh');
    expect(filtersToSearch({ ...DEFAULT_FILTERS, lang: 'ru' })).toBe('?lang=ru');
    expect(filtersToSearch({ ...DEFAULT_FILTERS, lang: null })).toBe('');
    const r = parseFilters(new URLSearchParams('lang=de'));
    expect(r.filters.lang).toBeNull();
    expect(r.notices.map((n) => n.param)).toEqual(['lang']);
  });
});

describe('serializeFilters', () => {
  test('writes only non-default values, with ~ between multiple values', () => {
    expect(filtersToSearch(DEFAULT_FILTERS)).toBe('');
    expect(filtersToSearch({ ...DEFAULT_FILTERS, view: 'map' })).toBe('');
    expect(
      filtersToSearch({ ...DEFAULT_FILTERS, view: 'themes', themes: ['cybercrime', 'capacity-building'] }),
    ).toBe('?view=themes&theme=cybercrime~capacity-building');
    // The default basis (texts) is never written; another one is.
    expect(filtersToSearch({ ...DEFAULT_FILTERS, view: 'themes', basis: 'texts' })).toBe('?view=themes');
    expect(filtersToSearch({ ...DEFAULT_FILTERS, view: 'themes', basis: 'agendas' })).toBe(
      '?view=themes&basis=agendas',
    );
  });

  // A figure's words as the parser keeps them: one line, single spaces, trimmed.
  const words = (maxLength: number): fc.Arbitrary<string> =>
    fc.string({ maxLength, unit: 'grapheme' }).map((t) => t.replace(/[\p{Cc}\s]+/gu, ' ').trim());
  const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
  const year = fc.integer({ min: 1990, max: 2100 });
  const filters: fc.Arbitrary<Filters> = fc
    .record({
      view: fc.constantFrom(...VIEWS),
      conferences: fc.uniqueArray(slug, { maxLength: 2 }),
      themes: fc.uniqueArray(slug, { maxLength: 8 }),
      from: fc.option(year),
      to: fc.option(year),
      region: fc.option(fc.constantFrom('Africa', 'Americas', 'Asia', 'Europe', 'Oceania')),
      country: fc.option(fc.stringMatching(/^[A-Z]{3}$/)),
      initiative: fc.option(slug),
      source: fc.constantFrom(...DATA_SOURCES),
      layer: fc.constantFrom(...MAP_LAYERS),
      membership: fc.option(slug),
      asof: fc.option(year),
      metric: fc.constantFrom(...THEME_METRICS),
      group: fc.constantFrom(...THEME_GROUPS),
      basis: fc.constantFrom(...THEME_BASES),
      table: fc.constantFrom(...DATA_TABLES),
      q: fc.string({ maxLength: 40, unit: 'grapheme' }).map((q) => q.replace(/[\p{Cc}\s]+/gu, ' ').trim()),
      sort: fc.option(fc.stringMatching(/^-?[a-z0-9_]{1,12}$/)),
      page: fc.integer({ min: 1, max: 999 }),
      span: fc.option(fc.tuple(year, year).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]))),
      embed: fc.option(fc.constantFrom(...CHART_KINDS)),
      scheme: fc.constantFrom(...SCHEMES),
      transparent: fc.boolean(),
      static: fc.boolean(),
      title: words(40),
      subtitle: words(40),
      note: words(120),
      highlight: fc.uniqueArray(fc.stringMatching(/^[A-Z]{3}$/), { maxLength: 12 }),
      palette: fc.constantFrom(...PALETTES),
      lang: fc.option(fc.constantFrom(...LANGS)),
    })
    .filter((f) => f.from === null || f.to === null || f.from <= f.to);

  test('parse(serialize(f)) gives f back for any valid filters', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(parseFilters(serializeFilters(f)).filters).toEqual(f);
        expect(parseFilters(new URLSearchParams(filtersToSearch(f))).filters).toEqual(f);
      }),
      { numRuns: 300 },
    );
  });

  test('random junk parameters never throw', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'view',
            'conference',
            'theme',
            'from',
            'to',
            'region',
            'country',
            'embed',
            'initiative',
            'source',
            'table',
            'q',
            'sort',
            'transparent',
            'title',
            'subtitle',
            'note',
            'highlight',
            'palette',
            'tab',
            'x',
          ),
          fc.oneof(fc.string({ maxLength: 300 }), fc.string({ maxLength: 30, unit: 'binary' })),
        ),
        (params) => {
          const r = parseFilters(new URLSearchParams(params));
          expect(VIEWS).toContain(r.filters.view);
          expect(DATA_TABLES).toContain(r.filters.table);
          // Whatever was read, writing it and reading it again is stable and raises no notice.
          const again = parseFilters(serializeFilters(r.filters));
          expect(again.filters).toEqual(r.filters);
          expect(again.notices).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
