import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS, formatLocale, type Catalogue, type Lang, type Message } from '$lib/i18n';
import glossary from '../../../src/lib/i18n/glossary.json';

// Every catalogue as the page loads it (one module per language, merging that language's files).
const catalogues = Object.fromEntries(
  await Promise.all(
    LANGS.map(async (lang) => [lang, (await import(`../../../src/lib/i18n/catalogues/${lang}.ts`)).default]),
  ),
) as Record<Lang, Catalogue>;
const english = catalogues.en;
const keys = Object.keys(english);
const others = LANGS.filter((l) => l !== 'en');

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => name !== 'count');
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** Every source file of the page (the catalogues themselves left out). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.endsWith(join('i18n', 'messages')) ? [] : sources(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}
const code = sources('src')
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('message catalogues', () => {
  test('the English catalogue has messages, none empty', () => {
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) for (const text of forms(english[key]!)) expect(text.trim(), key).not.toBe('');
  });

  test.each(others)('%s has every English key and no other', (lang) => {
    const theirs = Object.keys(catalogues[lang]);
    expect(
      keys.filter((k) => !(k in catalogues[lang])),
      'missing',
    ).toEqual([]);
    expect(
      theirs.filter((k) => !(k in english)),
      'not in English',
    ).toEqual([]);
  });

  test.each(others)('%s: every message has the English placeholders and its plural forms', (lang) => {
    const categories = new Intl.PluralRules(formatLocale(lang)).resolvedOptions().pluralCategories;
    const problems: string[] = [];
    for (const key of keys) {
      const en = english[key]!;
      const theirs = catalogues[lang][key];
      if (theirs === undefined) continue;
      const wanted = sorted(forms(en).flatMap(placeholders));
      for (const text of forms(theirs)) {
        if (!text.trim()) problems.push(`${key}: empty`);
        const got = sorted(placeholders(text));
        if (got.join() !== wanted.join()) problems.push(`${key}: {${got}} where English has {${wanted}}`);
      }
      if (typeof en === 'string' && typeof theirs !== 'string')
        problems.push(`${key}: plural forms for a plain message`);
      if (typeof en !== 'string') {
        if (typeof theirs === 'string') problems.push(`${key}: needs plural forms`);
        else {
          const missing = categories.filter((c) => !(c in theirs));
          if (missing.length) problems.push(`${key}: no ${missing.join(', ')} form`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('every key is used in the page’s code, and every key the code names exists', () => {
    const unused = keys.filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
    expect(unused, 'keys no code names (write keys out whole, never built from parts)').toEqual([]);
    const named = sorted([...code.matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g)].map((m) => m[1]!));
    expect(
      named.filter((k) => !(k in english)),
      'keys the code names that English lacks',
    ).toEqual([]);
  });
});

describe('glossary', () => {
  const terms = Object.entries(glossary).filter(([term]) => !term.startsWith('_')) as [
    string,
    { en: string } & Record<Exclude<Lang, 'en'>, string[]>,
  ][];

  test.each(others)('%s says each term of the glossary the glossary’s way, in every message', (lang) => {
    const problems: string[] = [];
    for (const [term, entry] of terms) {
      const pattern = new RegExp(`\\b(?:${entry.en})\\b`, 'i');
      for (const key of keys) {
        const en = forms(english[key]!).join(' ');
        const theirs = catalogues[lang][key];
        if (!pattern.test(en) || theirs === undefined) continue;
        const text = forms(theirs).join(' ').toLocaleLowerCase(lang);
        if (!entry[lang as Exclude<Lang, 'en'>].some((f) => text.includes(f.toLocaleLowerCase(lang))))
          problems.push(`${key}: "${term}" is ${entry[lang as Exclude<Lang, 'en'>].join(' or ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
