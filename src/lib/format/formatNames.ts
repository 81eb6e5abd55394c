import { localName } from '$lib/i18n/names';

interface Named {
  id: string;
  name: string;
  short_name?: string | null;
}

/**
 * A conference's label as the page shows it ("Seoul 2013"; in French "Séoul 2013" where the data
 * records it), else its full name. Pass the conference row.
 */
export function conferenceLabel(c: Named): string {
  return c.short_name
    ? localName('conferences', c.id, c.short_name, 'short').text
    : localName('conferences', c.id, c.name).text;
}

/** A conference's full name in the page's language where the data records it, else in English. */
export function conferenceName(c: Named): string {
  return localName('conferences', c.id, c.name).text;
}

/** An initiative's name in the page's language where the data records it, else in English. */
export function initiativeName(i: Named): string {
  return localName('initiatives', i.id, i.name).text;
}

/**
 * 'en' when the page shows the English name of this conference or initiative in another language's
 * page (the element that shows it sets `lang="en"`), else undefined.
 */
export function nameLang(
  table: 'conferences' | 'initiatives',
  c: Named,
  form: 'name' | 'short' = 'name',
): 'en' | undefined {
  const english = form === 'short' && c.short_name ? c.short_name : c.name;
  return localName(table, c.id, english, form === 'short' && c.short_name ? 'short' : 'name').lang;
}
