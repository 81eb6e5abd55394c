import { describe, expect, test } from 'vitest';
import { parseCsv, parseJson, parseText } from '$lib/data';

describe('parseCsv', () => {
  const layouts: { name: string; text: string }[] = [
    { name: 'comma, LF', text: 'a,b\n1,2\n3,4\n' },
    { name: 'semicolon, CRLF', text: 'a;b\r\n1;2\r\n3;4\r\n' },
    { name: 'tab', text: 'a\tb\n1\t2\n3\t4' },
    { name: 'BOM', text: '\uFEFFa,b\n1,2\n3,4\n' },
  ];
  test.each(layouts)('reads $name', ({ text }) => {
    const t = parseCsv(text);
    expect(t.headers).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
    expect(t.issues).toEqual([]);
  });

  test('keeps the file’s own line numbers across quoted newlines and blank lines', () => {
    const t = parseCsv('name,note\n"A","line one\nline two"\n\nB,"x, y"\nC,z\n');
    expect(t.records.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'A'],
      [5, 'B'],
      [6, 'C'],
    ]);
    expect(t.records[1]!.cells[1]).toBe('x, y');
  });

  test('an unclosed quote is an issue on the line where it starts', () => {
    const t = parseCsv('a,b\n1,2\n3,"oops\n5,6\n');
    expect(t.issues).toMatchObject([{ code: 'unclosed-quote', line: 3 }]);
    expect(t.records.map((r) => r.line)).toEqual([2]);
  });

  test.each([
    { name: 'empty', text: '', code: 'empty-file' },
    { name: 'white space', text: ' \n\n ', code: 'empty-file' },
    { name: 'binary', text: 'PK\u0003\u0004\u0000\u0000garbage', code: 'binary-file' },
  ])('rejects a $name file with a message', ({ text, code }) => {
    const t = parseCsv(text);
    expect(t.issues).toMatchObject([{ code, line: 0 }]);
    expect(t.records).toEqual([]);
  });
});

describe('parseJson', () => {
  test('an array of objects is one table, with the line each object starts on', () => {
    const [t] = parseJson('[\n  {"country": "KOR", "role": "host"},\n  {"country": "GBR"}\n]');
    expect(t!.headers).toEqual(['country', 'role']);
    expect(t!.records).toEqual([
      { line: 2, cells: ['KOR', 'host'] },
      { line: 3, cells: ['GBR', ''] },
    ]);
  });

  test('an object of tables gives one table per key', () => {
    const tables = parseJson('{"participation": [{"a": 1}],\n "themes": [\n{"b": ["x", "y"]}]}');
    expect(tables.map((t) => [t.name, t.records])).toEqual([
      ['participation', [{ line: 1, cells: ['1'] }]],
      ['themes', [{ line: 3, cells: ['x|y'] }]],
    ]);
  });

  test.each([
    { text: '{"a": ', code: 'invalid-json' },
    { text: '"just a string"', code: 'invalid-json' },
    { text: '{"a": 1}', code: 'invalid-json' },
  ])('reports $text as $code', ({ text, code }) => {
    expect(parseJson(text)[0]!.issues[0]).toMatchObject({ code });
  });
});

describe('parseText', () => {
  test('chooses JSON or CSV by name and content', () => {
    expect(parseText('[{"a":1}]', 'x.json')[0]!.format).toBe('json');
    expect(parseText('[{"a":1}]')[0]!.format).toBe('json');
    expect(parseText('a,b\n1,2', 'x.csv')[0]!.format).toBe('csv');
  });
});
