import type { Initiative } from '$lib/data';
import { formatDate } from '$lib/format';
import { t } from '$lib/i18n';

/**
 * One line on where a membership layer's list comes from, for the map's legend: "Members as of
 * Sep 2015, from the Council of Europe Treaty Office" where the rows are complete against a full
 * list up to a date, and "From …; no complete list was found" where they never were. Null when the
 * initiative names no keeper (a user's file, or an initiative without a register). The keeper's
 * name is the data's own (in English).
 */
export function registerLine(initiative: Initiative | null | undefined): string | null {
  const keeper = initiative?.register_keeper?.trim();
  if (!keeper) return null;
  const asof = initiative?.register_as_of;
  return asof
    ? t('map.register.asOf', { date: formatDate(asof), keeper })
    : t('map.register.incomplete', { keeper });
}
