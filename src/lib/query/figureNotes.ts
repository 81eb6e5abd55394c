import { allCountries, countryName, normaliseIso3, type Conference, type Dataset } from '$lib/data';
import { conferenceLabel, formatCount, plural as count } from '$lib/format';
import { currentLang, formatLocale, t } from '$lib/i18n';
import { registerLine } from './register';
import type { MapModel } from './selectMap';
import type { ThemesModel } from './selectThemes';
import type { TimelineModel } from './selectTimeline';

/**
 * The map's coverage line, from the data: documented states against the headline figure the
 * sources report for the conference ("18 of the 87 reported states documented"), one clause per
 * conference when two are compared; on the membership layer, where its list comes from and as of
 * when (registerLine); null where neither applies.
 */
export function mapCoverageLine(model: MapModel): string | null {
  if (model.mode === 'membership') return registerLine(model.initiative);
  if (model.mode !== 'attendance' && model.mode !== 'compare') return null;
  const shown = (model.mode === 'compare' ? [model.base, model.conference] : [model.conference]).filter(
    (c): c is Conference => c !== null,
  );
  if (!shown.length) return null;
  const clauses = shown.map((c) => {
    const documented = model.states.filter((s) => s.conferences.includes(c.id)).length;
    const clause = c.states
      ? t('figures.coverage.reported', { found: formatCount(documented), count: c.states })
      : t('figures.coverage.noHeadline', { count: documented });
    return shown.length > 1 ? t('figures.coverage.named', { name: conferenceLabel(c), clause }) : clause;
  });
  const [first, second] = clauses;
  return second === undefined
    ? t('figures.coverage.one', { clause: first! })
    : t('figures.coverage.two', { first: first!, second });
}

/** Distinct URLs in first-seen order. */
const distinct = (urls: Iterable<string>): string[] => [...new Set(urls)].filter(Boolean);

/**
 * The sources of what the timeline draws: each conference's and each initiative's own source
 * URLs, without repeats (conferences first).
 */
export function timelineSources(dataset: Dataset, model: TimelineModel): string[] {
  const conferences = model.items.filter((i) => i.kind === 'conference');
  const initiatives = model.items.filter((i) => i.kind === 'initiative');
  return distinct([
    ...conferences.flatMap((i) => dataset.conferenceById.get(i.id)?.source ?? []),
    ...initiatives.flatMap((i) => dataset.initiativeById.get(i.id)?.source ?? []),
  ]);
}

/**
 * The sources of the themes charts, by basis: the public URL of every text counted in a column and
 * then the sources of the official agendas marked ◆; or the sources of the initiatives counted; or
 * those of the agendas. Without repeats.
 */
export function themesSources(dataset: Dataset, model: ThemesModel): string[] {
  // What a column counted: texts, initiatives or conferences' agendas, by the model's basis.
  const counted = model.columns.flatMap((c) => c.documents);
  if (model.basis === 'initiatives')
    return distinct(counted.flatMap((id) => dataset.initiativeById.get(id)?.source ?? []));
  if (model.basis === 'agendas')
    return distinct(
      dataset.agendaThemes.filter((a) => counted.includes(a.conference)).flatMap((a) => a.source),
    );
  const texts = counted.flatMap((d) => dataset.documentById.get(d)?.url ?? []);
  const agendas = model.cells.some((c) => c.onAgenda)
    ? dataset.agendaThemes
        .filter((a) => model.columns.some((c) => c.id === a.conference))
        .flatMap((a) => a.source)
    : [];
  return distinct([...texts, ...agendas]);
}

/** Web sites behind a list of source URLs, without repeats: ["gov.uk", "mfa.go.kr"]. */
export function sourceSites(urls: readonly string[]): string[] {
  return distinct(
    urls.map((url) => {
      try {
        return new URL(url).hostname.replace(/^www\./, '');
      } catch {
        return url;
      }
    }),
  );
}

/** The timeline's title in English, as the render CLI prints it (the page: timelineTitle()). */
export const TIMELINE_TITLE = 'From London to The Hague and beyond';

/** The timeline's title in the page's language, in the page, embeds and exports. */
export function timelineTitle(): string {
  return t('figures.timeline.title');
}

/** The themes chart's title, in the page, embeds and exports. */
export const THEMES_TITLE = 'Which themes the texts dwell on';

/** One sentence on what the timeline shows: "5 conferences and 32 initiatives from 2011 to 2019, in every theme." */
export function describeTimeline(model: TimelineModel, themes: readonly string[]): string {
  if (!model.items.length) return t('figures.timeline.empty');
  const [start, end] = model.domain;
  const params = {
    conferenceCount: t('figures.timeline.conferences', { count: model.counts.conferences }),
    initiativeCount: t('figures.timeline.initiatives', { count: model.counts.initiatives }),
    start: start.getUTCFullYear(),
    end: end.getUTCFullYear() - (end.getUTCMonth() === 0 ? 1 : 0),
  };
  return themes.length
    ? t('figures.timeline.summaryThemes', {
        ...params,
        themeCount: t('figures.timeline.themes', { count: themes.length }),
      })
    : t('figures.timeline.summary', params);
}

/** One sentence on what the themes charts show: "5 conferences from 12 texts; Cybersecurity is mentioned most." */
export function describeThemes(model: ThemesModel): string {
  if (!model.columns.length) return 'No analysed text matches the filters.';
  const top = [...model.themes]
    .map((t) => ({ t, n: model.cells.filter((c) => c.theme === t.id).reduce((s, c) => s + c.count, 0) }))
    .sort((a, b) => b.n - a.n)[0];
  const texts = model.columns.reduce((s, c) => s + c.documents.length, 0);
  const uncounted = model.uncounted.length
    ? `. ${count(model.uncounted.length, 'listed text')} not counted (no text available)`
    : '';
  return `${count(model.columns.length, model.group)} from ${count(texts, 'text')}; ${top ? `${top.t.label} is mentioned most` : ''}${uncounted}.`;
}

/**
 * The timeline items of highlighted states (URL `highlight=`): conferences they hosted and
 * initiatives placed in them, by item id.
 */
export function highlightedItems(
  dataset: Dataset,
  model: TimelineModel,
  highlight: readonly string[],
): Set<string> {
  const states = new Set(highlight);
  const ids = new Set<string>();
  if (!states.size) return ids;
  for (const item of model.items) {
    const country =
      item.kind === 'conference'
        ? dataset.conferenceById.get(item.id)?.country
        : dataset.initiativeById.get(item.id)?.country;
    if (country && states.has(country)) ids.add(item.id);
  }
  return ids;
}

/**
 * Reads states typed for highlighting: ISO3 codes or the atlas' names, separated by commas,
 * semicolons or `~` ("FRA, Germany" → codes ["FRA", "DEU"]); what is not a state is returned in
 * `unknown`, for a message.
 */
export function parseHighlightInput(text: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  // Names in the page's language too, as the field shows them; list marks of Chinese and Arabic as well.
  const locale = formatLocale(currentLang());
  const fold = (name: string): string => name.toLocaleLowerCase(locale);
  for (const part of text.split(/[,;~\n，、；،؛]+/)) {
    const word = part.trim();
    if (!word) continue;
    const lower = word.toLowerCase();
    const code =
      normaliseIso3(word) ??
      allCountries().find((c) => c.name.toLowerCase() === lower || fold(countryName(c.iso3)) === fold(word))
        ?.iso3 ??
      null;
    if (code) codes.push(code);
    else unknown.push(word);
  }
  return { codes: [...new Set(codes)], unknown };
}
