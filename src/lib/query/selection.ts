import type { Filters } from './filters';

/**
 * Linked views: a selection is a URL param every view reads, so "is this selected?" is one pure
 * question asked the same way everywhere (the map's states, the timeline's items, the table's rows).
 */

/** True when `iso3` is the selected state (`country=`). */
export function isSelectedCountry(
  filters: Pick<Filters, 'country'>,
  iso3: string | null | undefined,
): boolean {
  return !!iso3 && filters.country === iso3;
}

/** True when `id` is one of the chosen conferences (`conference=`). */
export function isSelectedConference(
  filters: Pick<Filters, 'conferences'>,
  id: string | null | undefined,
): boolean {
  return !!id && filters.conferences.includes(id);
}

/** True when `id` is one of the chosen themes (`theme=`). */
export function isSelectedTheme(filters: Pick<Filters, 'themes'>, id: string | null | undefined): boolean {
  return !!id && filters.themes.includes(id);
}

/** True when `id` is the selected initiative (`initiative=`). */
export function isSelectedInitiative(
  filters: Pick<Filters, 'initiative'>,
  id: string | null | undefined,
): boolean {
  return !!id && filters.initiative === id;
}

/** What a row or a drawn element refers to, for highlighting; any part may be missing. */
export interface SelectionTarget {
  iso3?: string | null;
  initiative?: string | null;
}

/**
 * True when a row refers to the selected state or the selected initiative. Conferences and themes
 * filter every view as well as select, so they are not highlighted within the rows they leave.
 */
export function isSelected(
  filters: Pick<Filters, 'country' | 'initiative'>,
  target: SelectionTarget,
): boolean {
  return isSelectedCountry(filters, target.iso3) || isSelectedInitiative(filters, target.initiative);
}

/** The patch that selects `iso3`, or clears the selection when it is already selected (a toggle). */
export function toggleCountry(filters: Pick<Filters, 'country'>, iso3: string): Pick<Filters, 'country'> {
  return { country: filters.country === iso3 ? null : iso3 };
}

/** The patch that adds a value to a multi-value filter, or removes it when present. */
export function toggleValue(values: readonly string[], value: string, max = Infinity): string[] {
  if (values.includes(value)) return values.filter((v) => v !== value);
  // Past the limit the oldest choice gives way, so a click always does what it shows.
  return [...values, value].slice(-max);
}
