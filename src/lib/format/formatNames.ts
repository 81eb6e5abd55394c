import { currentLang, localName, t, type MessageKey } from '$lib/i18n';

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

// The atlas's own names of its bundled themes, as messages (a theme from a user's file keeps its label).
const THEME_NAMES = {
  'economic-growth': 'themes.name.economic-growth',
  'social-cultural': 'themes.name.social-cultural',
  cybersecurity: 'themes.name.cybersecurity',
  'international-security': 'themes.name.international-security',
  cybercrime: 'themes.name.cybercrime',
  'capacity-building': 'themes.name.capacity-building',
  'privacy-freedom': 'themes.name.privacy-freedom',
  'internet-governance': 'themes.name.internet-governance',
} as const satisfies Record<string, MessageKey>;

/** A theme's name in the page's language ("Capacity building", "Renforcement des capacités"). */
export function themeLabel(theme: { id: string; label: string }): string {
  const key = THEME_NAMES[theme.id as keyof typeof THEME_NAMES];
  return key && currentLang() !== 'en' ? t(key) : theme.label;
}

// The regions of the country list, as messages: Intl.DisplayNames would name them by their UN M49
// codes in Node, but Chromium's Intl has no names for those codes (it gives "142" for Asia).
const REGION_NAMES = {
  Africa: 'common.region.africa',
  Americas: 'common.region.americas',
  Asia: 'common.region.asia',
  Europe: 'common.region.europe',
  Oceania: 'common.region.oceania',
  Antarctic: 'common.region.antarctic',
} as const satisfies Record<string, MessageKey>;

/** A region's name in the page's language ("Europe", "Europa", "Европа"); English as the data has it. */
export function regionName(region: string): string {
  const key = REGION_NAMES[region as keyof typeof REGION_NAMES];
  return key && currentLang() !== 'en' ? t(key) : region;
}
