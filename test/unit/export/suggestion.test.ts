import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { loadTables } from '$lib/data';
import {
  PARTICIPATION_COLUMNS,
  REVIEW_RULE,
  suggestionCsv,
  suggestionErrors,
  suggestionIssueUrl,
  type Suggestion,
} from '$lib/export';
import { REPOSITORY_URL } from '$lib/project';
import { readFileSync } from 'node:fs';

const good: Suggestion = {
  conference: 'seoul-2013',
  country: 'BRA',
  role: 'speaker',
  url: 'https://www.gov.br/mre/example',
  note: 'The minister says, in his own speech,\nthat he "spoke" in Seoul',
};

describe('a suggested source', () => {
  test('becomes a row in the bundled participation format, which the loader accepts', () => {
    const csv = suggestionCsv(good);
    const [header, row] = csv.split('\n');
    expect(header).toBe(readFileSync('data/participation.csv', 'utf8').split('\n')[0]);
    expect(header!.split(',')).toEqual([...PARTICIPATION_COLUMNS]);
    expect(Papa.parse<string[]>(row!).data[0]).toEqual([
      'seoul-2013',
      'BRA',
      '',
      'speaker',
      '',
      '',
      '',
      'https://www.gov.br/mre/example',
      'The minister says, in his own speech, that he "spoke" in Seoul',
    ]);
    const conferences = readFileSync('data/conferences.csv', 'utf8');
    const { dataset, issues } = loadTables([
      { name: 'conferences.csv', kind: 'conferences', text: conferences },
      { name: 'participation.csv', kind: 'participation', text: csv },
    ]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(dataset.participation).toHaveLength(1);
  });

  test('a note starting like a formula is made safe for spreadsheets', () => {
    expect(suggestionCsv({ ...good, note: '=HYPERLINK("x")' })).toContain(`"'=HYPERLINK(""x"")"`);
  });

  test('says what is missing, field by field', () => {
    expect(suggestionErrors(good)).toEqual({});
    expect(
      Object.keys(suggestionErrors({ ...good, conference: '', country: 'XX', role: 'guest', url: '' })),
    ).toEqual(['conference', 'country', 'role', 'url']);
    expect(suggestionErrors({ ...good, url: 'javascript:alert(1)' }).url).toMatch(/http/);
    expect(suggestionErrors({ ...good, url: 'ftp://example.org/a' }).url).toMatch(/http/);
  });

  test('opens a pre-filled issue on the project’s repository with the row and the review rule', () => {
    const url = new URL(
      suggestionIssueUrl(good, { conference: 'Seoul Conference on Cyberspace', country: 'Brazil' }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY_URL}/issues/new`);
    expect(url.searchParams.get('title')).toBe('Source: Brazil at Seoul Conference on Cyberspace');
    const body = url.searchParams.get('body')!;
    expect(body).toContain(suggestionCsv(good));
    expect(body).toContain(REVIEW_RULE);
  });
});
