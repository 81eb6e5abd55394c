import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGS, type Catalogue, type Lang } from '$lib/i18n';
import englishCatalogue from '../../src/lib/i18n/catalogues/en';
import { appUrl, openApp, pickFile, searchOf, useBrowser } from './harness';

useBrowser();

const english: Catalogue = englishCatalogue;
const catalogues = Object.fromEntries(
  await Promise.all(
    LANGS.map(async (lang) => [lang, (await import(`../../src/lib/i18n/catalogues/${lang}.ts`)).default]),
  ),
) as Record<Lang, Catalogue>;

const textsOf = (catalogue: Catalogue): string[] =>
  Object.values(catalogue).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));

/**
 * The English words that must not be left on a page in `lang`: the literal parts of every English
 * message (between its placeholders), save those the language's own catalogue also uses (a name, a
 * word both languages share, such as "Sources" in French).
 */
function englishLeft(lang: Lang): string[] {
  const theirs = textsOf(catalogues[lang]).join('\n').toLowerCase();
  const parts = textsOf(english)
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((part) => part.replace(/^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$/gu, ''))
    .filter((part) => /[A-Za-z]{3}/.test(part) && part.length >= 4 && !theirs.includes(part.toLowerCase()));
  return [...new Set(parts)];
}

/** The words the page shows and says: visible text and the labels read out, outside `lang="en"`. */
function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const outsideEnglish = (el: Element | null): boolean => !el?.closest('[lang="en"]');
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, template, [hidden]') || !outsideEnglish(el)) continue;
      if (!el.checkVisibility() && !el.closest('svg')) continue;
      const text = node.textContent?.trim();
      if (text) words.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      if (outsideEnglish(el))
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(name)?.trim();
          if (value) words.push(value);
        }
    return words;
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English parts found in the page's words, each with the text it was found in. */
async function englishOn(page: Page, lang: Lang): Promise<string[]> {
  // Addresses are not words of any language (the permalink, source links).
  const words = (await pageWords(page)).map((w) => w.replace(/\bhttps?:\/\/\S+/g, ' '));
  const found: string[] = [];
  for (const part of englishLeft(lang)) {
    // A whole word or phrase, not part of another or of a host name ("state" in "blogs.state.gov").
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]\\.)${escape(part)}(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])`,
      'u',
    );
    const where = words.find((w) => pattern.test(w));
    if (where !== undefined) found.push(`"${part}" in "${where.slice(0, 120)}"`);
  }
  return found;
}

// Each view, and what shows that it has drawn with all its data.
const VIEWS: [string, string][] = [
  ['map', 'figure[data-chart="map"] [data-iso3]'],
  ['timeline', 'figure[data-chart="timeline"] [data-kind]'],
  ['themes', 'figure[data-chart="themes"] [data-theme]'],
  ['matrix', 'figure[data-chart="matrix"] [data-iso3]'],
  ['table', '[data-view="table"] table tbody tr'],
  ['sources', '[data-view="sources"] a[href^="http"]'],
];
const OTHERS = LANGS.filter((l) => l !== 'en');

describe.each(OTHERS)('the atlas in %s', (lang) => {
  test.each(VIEWS)('%s: no English left in the page, and the page says its language', async (view, drawn) => {
    const { page, errors } = await openApp(`?view=${view}&lang=${lang}`);
    await page.locator(drawn).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await englishOn(page, lang)).toEqual([]);
    // Nor the English names Plot gives the parts it draws (read out by screen readers).
    const plotNames = await page.evaluate(() =>
      [...document.querySelectorAll('figure svg [aria-label]')]
        .map((el) => el.getAttribute('aria-label')!)
        .filter((label) =>
          /^((fx|fy|x|y)-(axis|grid)|area|bar|cell|dot|line|rect|rule|text|tick)\b/.test(label),
        ),
    );
    expect(plotNames).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the atlas in English', () => {
  // The built page has no English catalogue to wait for: each module brings the English of the
  // messages it names (scripts/lib/messageKeysPlugin.ts). A message shown by a module that did not
  // name it would show empty until the whole catalogue came: that download is what this looks for.
  test('every view, the data panel, its problem list and the download menu show their words without the English catalogue', async () => {
    const { page, errors } = await openApp();
    const catalogueLoads: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/en-[\w-]{8}\.js$/.test(request.url())) catalogueLoads.push(request.url());
    });
    for (const [view, drawn] of VIEWS) {
      await page.locator(`nav a[data-view="${view}"]`).click();
      await page.locator(drawn).first().waitFor();
      if (view === 'table' || view === 'sources') continue;
      // The chart's download menu (its words are the figures').
      await page.locator('[data-actions] summary').first().click();
      expect(await page.locator('[data-actions]').first().textContent()).toMatch(/PNG/);
      await page.locator('[data-actions] summary').first().click();
    }
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(
      page,
      'list.csv',
      'Country,Event,Year\nFrance,GCCS 2015,2015\nAtlantis,GCCS 2015,2015\nGermany,Munich 2019,2019\n',
    );
    const issues = page.locator('[data-issues]');
    await expect.poll(() => issues.textContent(), { timeout: 10_000 }).toMatch(/Atlantis/);
    expect(await issues.textContent()).toMatch(/Munich 2019/);
    await page.waitForLoadState('networkidle');
    expect(catalogueLoads).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the language menu and the reader’s languages', () => {
  const tab = (page: Page) => page.locator('nav a[data-view="timeline"]');

  test('choosing Français in the menu turns the page French, writes lang=fr, and is kept for the next visit', async () => {
    const { page, errors } = await openApp();
    await page.locator('figure[data-chart="map"] [data-iso3]').first().waitFor();
    expect(await tab(page).textContent()).toBe(english['common.view.timeline']);
    await page.locator('[data-language-menu]').selectOption({ label: 'Français' });
    await expect
      .poll(() => tab(page).textContent(), { timeout: 10_000 })
      .toBe(catalogues.fr['common.view.timeline']);
    expect(searchOf(page)).toContain('lang=fr');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // Opened again without lang= in the same browser (its localStorage), it is still French.
    await page.goto(appUrl(), { waitUntil: 'load' });
    await expect
      .poll(() => tab(page).textContent(), { timeout: 10_000 })
      .toBe(catalogues.fr['common.view.timeline']);
    expect(searchOf(page)).not.toContain('lang=');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(errors).toEqual([]);
  });

  test('with no lang= and no choice kept, a Spanish browser gets Spanish; a German one English', async () => {
    const spanish = await openApp('', { locale: 'es-ES' });
    await expect
      .poll(() => tab(spanish.page).textContent(), { timeout: 10_000 })
      .toBe(catalogues.es['common.view.timeline']);
    expect(searchOf(spanish.page)).not.toContain('lang=');
    expect(await spanish.page.evaluate(() => document.documentElement.lang)).toBe('es');

    const german = await openApp('', { locale: 'de-DE' });
    await german.page.locator('figure[data-chart="map"] [data-iso3]').first().waitFor();
    expect(await tab(german.page).textContent()).toBe(english['common.view.timeline']);
    expect(searchOf(german.page)).not.toContain('lang=');
    expect(await german.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect([...spanish.errors, ...german.errors]).toEqual([]);
  });
});
