import { describe, expect, test } from 'vitest';
import {
  analyseText,
  compileLexicon,
  countWords,
  foldWord,
  keywordInContext,
  parseKeywordCounts,
  stemWord,
  toMentionRows,
  type ThemeTerms,
} from '$lib/text';

const THEMES: ThemeTerms[] = [
  { id: 'crime', keywords: ['cybercrime', 'cyber crime', 'crime', 'criminal', 'law enforcement'] },
  { id: 'security', keywords: ['cyber security', 'security', 'critical infrastructure'] },
  { id: 'intl', keywords: ['international security', 'norms', 'international law'] },
  { id: 'capacity', keywords: ['capacity building', 'capacity-building', 'training'] },
  { id: 'rights', keywords: ['privacy', 'freedom of expression', 'sécurité juridique'] },
  { id: 'economy', keywords: ['economy', 'economic growth'] },
];
const lexicon = compileLexicon(THEMES);

/** The (theme, surface text) of each match, in order. */
const found = (text: string): [string, string][] =>
  analyseText(text, lexicon).matches.map((m) => [m.theme, text.slice(m.start, m.end)]);

describe('analyseText', () => {
  test.each([
    { name: 'a single keyword', input: 'Cybercrime is rising.', expected: [['crime', 'Cybercrime']] },
    {
      name: 'a phrase before its own words',
      input: 'We discussed cyber security today.',
      expected: [['security', 'cyber security']],
    },
    {
      name: 'the longest phrase wins across themes (no double count)',
      input: 'International security matters; security too.',
      expected: [
        ['intl', 'International security'],
        ['security', 'security'],
      ],
    },
    {
      name: 'overlapping phrases: the leftmost longest is taken once',
      input: 'cyber crime law enforcement',
      expected: [
        ['crime', 'cyber crime'],
        ['crime', 'law enforcement'],
      ],
    },
    {
      name: 'plurals and inflections',
      input: 'Criminals broke norms; economies and trained staff; capacities built.',
      expected: [
        ['crime', 'Criminals'],
        ['intl', 'norms'],
        ['economy', 'economies'],
        ['capacity', 'trained'],
      ],
    },
    {
      name: 'a hyphenated phrase matches the spaced keyword and vice versa',
      input: 'Capacity-building and capacity building.',
      expected: [
        ['capacity', 'Capacity-building'],
        ['capacity', 'capacity building'],
      ],
    },
    {
      name: 'case and diacritics are folded, composed or decomposed',
      input: 'SÉCURITÉ JURIDIQUE et se\u0301curite\u0301 juridique; PRIVACY',
      expected: [
        ['rights', 'SÉCURITÉ JURIDIQUE'],
        ['rights', 'se\u0301curite\u0301 juridique'],
        ['rights', 'PRIVACY'],
      ],
    },
    {
      name: 'a phrase does not run across punctuation',
      input: 'Economic. Growth is not economic growth.',
      expected: [['economy', 'economic growth']],
    },
    {
      name: 'words inside other words do not match',
      input: 'Crimea, securities and normal privacy-ish text',
      expected: [
        ['security', 'securities'],
        ['rights', 'privacy'],
      ],
    },
    {
      name: 'typographic apostrophes and possessives',
      input: 'The economy’s strength; the criminal’s tools.',
      expected: [
        ['economy', 'economy’s'],
        ['crime', 'criminal’s'],
      ],
    },
    { name: 'an empty text', input: '', expected: [] },
    { name: 'only spaces and punctuation', input: ' \n\t— …, ', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(found(input)).toEqual(expected);
  });

  test('counts, words and per 1,000 words', () => {
    const result = analyseText(
      'Cybercrime and crime. Training for the economy, then more training.',
      lexicon,
    );
    expect(result.words).toBe(10);
    expect(result.counts).toEqual({ crime: 2, security: 0, intl: 0, capacity: 2, rights: 0, economy: 1 });
    expect(result.per1000.crime).toBeCloseTo(200, 6);
    expect(result.per1000.economy).toBeCloseTo(100, 6);
  });

  test('an empty text has zero counts and rates for every theme', () => {
    const result = analyseText('', lexicon);
    expect(result.words).toBe(0);
    expect(Object.values(result.counts)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Object.values(result.per1000)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test('positions point at the matched words, including past astral characters', () => {
    const text = '😀 intro 🌍 — then cyber crime, and 𝒳 privacy.';
    const result = analyseText(text, lexicon);
    expect(result.matches.map((m) => text.slice(m.start, m.end))).toEqual(['cyber crime', 'privacy']);
    expect(result.matches.map((m) => m.word)).toEqual([2, 6]);
  });

  test('a huge text (over a million words) is counted exactly', () => {
    const unit = 'The criminal case against international security norms was about the economy. ';
    const repeats = 100_000;
    const result = analyseText(unit.repeat(repeats), lexicon);
    expect(result.words).toBe(11 * repeats);
    expect(result.counts).toEqual({
      crime: repeats,
      security: 0,
      intl: 2 * repeats,
      capacity: 0,
      rights: 0,
      economy: repeats,
    });
    expect(result.matches).toHaveLength(4 * repeats);
  }, 60_000);
});

describe('compileLexicon', () => {
  test('a keyword two themes share counts for the first and is reported', () => {
    const shared = compileLexicon([
      { id: 'a', keywords: ['norms', ' '] },
      { id: 'b', keywords: ['Norm'] },
    ]);
    expect(shared.conflicts).toEqual([
      { theme: 'a', keyword: ' ', reason: 'has no words' },
      { theme: 'b', keyword: 'Norm', reason: 'is already a keyword of a' },
    ]);
    expect(analyseText('norm', shared).counts).toEqual({ a: 1, b: 0 });
  });
});

describe('stemWord', () => {
  test.each([
    ['norms', 'norm'],
    ['economies', 'economy'],
    ['approaches', 'approach'],
    ['businesses', 'business'],
    ['access', 'access'],
    ['status', 'status'],
    ['crisis', 'crisis'],
    ['building', 'build'],
    ['planning', 'plan'],
    ['trained', 'train'],
    ['applied', 'apply'],
    ['thing', 'thing'],
    ['shared', 'shar'],
    ['share', 'shar'],
    ['international', 'international'],
    ['internal', 'internal'],
    ["state's", 'stat'],
    ['its', 'its'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('foldWord and countWords', () => {
  test.each([
    ['Sécurité', 'securite'],
    ['NAÏVE', 'naive'],
    ['State’s', "state's"],
    ['ﬁnance', 'finance'],
  ])('foldWord(%s) → %s', (word, folded) => expect(foldWord(word)).toBe(folded));

  test.each([
    ['', 0],
    ['one', 1],
    ['Capacity-building, in 2013: U.S. and EU.', 7],
    ['  \n— … ', 0],
  ])('countWords(%j) → %i', (text, n) => expect(countWords(text)).toBe(n));
});

describe('keywordInContext', () => {
  test('cuts at word boundaries and collapses white space', () => {
    const text = 'alpha beta gamma delta\n\n cyber crime   epsilon zeta eta theta';
    const [match] = analyseText(text, lexicon).matches;
    expect(keywordInContext(text, match!, 12)).toEqual({
      before: 'delta ',
      match: 'cyber crime',
      after: ' epsilon',
      clippedBefore: true,
      clippedAfter: true,
    });
  });

  test('a match at the edges of the text is not clipped', () => {
    const text = 'privacy';
    const [match] = analyseText(text, lexicon).matches;
    expect(keywordInContext(text, match!)).toEqual({
      before: '',
      match: 'privacy',
      after: '',
      clippedBefore: false,
      clippedAfter: false,
    });
  });
});

describe('toMentionRows', () => {
  test('one row per theme, zeros included, keywords by frequency', () => {
    const rows = toMentionRows('doc', analyseText('crime, cybercrime and crime; privacy', lexicon));
    expect(rows.map((r) => [r.theme, r.count, r.keywords])).toEqual([
      ['crime', 3, 'crime:2|cybercrime:1'],
      ['security', 0, ''],
      ['intl', 0, ''],
      ['capacity', 0, ''],
      ['rights', 1, 'privacy:1'],
      ['economy', 0, ''],
    ]);
    expect(rows[0]).toMatchObject({ document: 'doc', words: 5, per_1000: 600 });
    expect(parseKeywordCounts(rows[0]!.keywords)).toEqual([
      ['crime', 2],
      ['cybercrime', 1],
    ]);
  });
});
