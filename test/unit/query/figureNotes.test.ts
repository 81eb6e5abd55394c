import { afterEach, describe, expect, test } from 'vitest';
import { useLanguage } from '$lib/i18n';
import {
  applyFilters,
  defaultFilters,
  describeTimeline,
  mapCoverageLine,
  parseHighlightInput,
  selectCompareModel,
  selectMapModel,
  selectTimeline,
} from '$lib/query';
import { fixtureDataset } from './fixture';

const dataset = fixtureDataset();
const conference = (id: string) => dataset.conferenceById.get(id)!;
const london = selectMapModel(dataset, conference('london-2011'));

afterEach(() => useLanguage('en'));

describe('figure notes in the page’s language', () => {
  test('the coverage line, in English as before and in French, Russian and Arabic', async () => {
    expect(mapCoverageLine(london)).toBe('3 of the 60 reported states documented.');
    await useLanguage('fr');
    expect(mapCoverageLine(london)).toBe('Présence attestée\u00a0: 3 sur 60 États annoncés.');
    expect(
      mapCoverageLine(selectCompareModel(dataset, conference('london-2011'), conference('seoul-2013'))),
    ).toMatch(
      /^London 2011\u00a0: Présence attestée\u00a0: 3 sur 60 États annoncés\u00a0; .+ sur 87 États annoncés\.$/,
    );
    await useLanguage('ru');
    // 60 takes the genitive plural; 21 would take the singular ("из 21 заявленного государства").
    expect(mapCoverageLine(london)).toBe('Участие подтверждено: 3 из 60 заявленных государств.');
    await useLanguage('ar');
    expect(mapCoverageLine(london)).toBe('الحضور الموثق: 3 من أصل 60 من الدول المُبلَّغ عن مشاركتها.');
  });

  test('the timeline’s sentence takes each language’s plural forms', async () => {
    const filters = defaultFilters();
    const model = selectTimeline(dataset, applyFilters(dataset, filters), filters);
    const english = describeTimeline(model, []);
    expect(english).toMatch(/^2 conferences and \d+ initiatives? from 2011 to \d{4}, in every theme\.$/);
    await useLanguage('ru');
    expect(describeTimeline(model, ['cybercrime'])).toMatch(
      /^2 конференции и \d+ инициатив\S* с 2011 по \d{4} год, по 1 теме\.$/,
    );
    await useLanguage('zh');
    expect(describeTimeline(model, [])).toMatch(/^2011年至\d{4}年，2次会议和\d+项倡议，涵盖所有主题。$/);
  });

  test('highlighted states are read by their names in the page’s language, with its list marks', async () => {
    await useLanguage('fr');
    expect(parseHighlightInput('Allemagne, japon, Atlantide')).toEqual({
      codes: ['DEU', 'JPN'],
      unknown: ['Atlantide'],
    });
    await useLanguage('zh');
    expect(parseHighlightInput('德国、日本，FRA')).toEqual({ codes: ['DEU', 'JPN', 'FRA'], unknown: [] });
    // The English names and the codes are read in every language.
    expect(parseHighlightInput('Germany; EST').codes).toEqual(['DEU', 'EST']);
  });
});
