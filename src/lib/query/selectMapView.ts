import type { Dataset } from '$lib/data';
import type { Filters } from './filters';
import {
  selectCumulativeModel,
  selectMapConference,
  selectMapModel,
  selectMembershipInitiatives,
  type MapModel,
} from './selectMap';
import { selectCompareModel, selectMembershipModel } from './selectMapLayers';

/**
 * The map's model for the URL state: a membership layer (`layer=membership&membership=ID&asof=YEAR`),
 * two conferences compared (`conference=a~b`), "ever attended" (`layer=cumulative`), or one
 * conference's attendance. Honours the data-source filter (bundled, user, all). Null when the data
 * has no conference (and, on the membership layer, no initiative with members).
 */
export function selectMapView(dataset: Dataset, filters: Filters): MapModel | null {
  const keep = (row: { origin: string }): boolean =>
    filters.source === 'all' || (filters.source === 'bundled') === (row.origin === 'bundled');
  // With no initiative that has members, the membership layer falls back to attendance.
  if (filters.layer === 'membership') {
    const choices = selectMembershipInitiatives(dataset);
    const initiative = choices.find((i) => i.id === filters.membership) ?? choices[0];
    if (initiative) return selectMembershipModel(dataset, initiative, filters.asof, keep);
  }
  const conference = selectMapConference(dataset, filters);
  if (!conference) return null;
  const [first, second] = filters.conferences.map((id) => dataset.conferenceById.get(id));
  if (first && second && first !== second) return selectCompareModel(dataset, first, second, keep);
  return filters.layer === 'cumulative'
    ? selectCumulativeModel(dataset, conference, keep)
    : selectMapModel(dataset, conference, keep);
}
