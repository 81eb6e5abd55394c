import { describe, expect, test } from 'vitest';
import { loadTables } from '$lib/data';
import { registerLine } from '$lib/query';

const { dataset } = loadTables([
  {
    name: 'initiatives.csv',
    kind: 'initiatives',
    text: [
      'id,name,date,source,register_keeper,register_as_of,register_source',
      'bc,Budapest Convention,2001-11-23,https://a.org,Council of Europe Treaty Office,2015-09,https://coe.int/x',
      'gfce,GFCE,2015-04-16,https://a.org,GFCE Secretariat,,https://thegfce.org/x',
      'other,Other,2012,https://a.org,,,',
    ].join('\n'),
  },
]);

describe('the membership legend’s register line', () => {
  test('says as of when and from whom, or that no complete list was found', () => {
    expect(registerLine(dataset.initiativeById.get('bc'))).toBe(
      'Members as of Sep 2015, from Council of Europe Treaty Office.',
    );
    expect(registerLine(dataset.initiativeById.get('gfce'))).toBe(
      'From GFCE Secretariat; no complete list was found, so members may be missing.',
    );
  });

  test('says nothing for an initiative that names no keeper', () => {
    expect(registerLine(dataset.initiativeById.get('other'))).toBeNull();
    expect(registerLine(null)).toBeNull();
  });
});
