import type { Initiative } from '$lib/data';
import { formatDate } from '$lib/format';

/**
 * One line on where a membership layer's list comes from, for the map's legend: "Members as of
 * Sep 2015, from the Council of Europe Treaty Office" where the rows are complete against a full
 * list up to a date, and "From …; no complete list was found" where they never were. Null when the
 * initiative names no keeper (a user's file, or an initiative without a register).
 */
export function registerLine(initiative: Initiative | null | undefined): string | null {
  const keeper = initiative?.register_keeper?.trim();
  if (!keeper) return null;
  const asof = initiative?.register_as_of;
  return asof
    ? `Members as of ${formatDate(asof)}, from ${keeper}.`
    : `From ${keeper}; no complete list was found, so members may be missing.`;
}
