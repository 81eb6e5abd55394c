import {
  countryInfo,
  countryName,
  type Conference,
  type Dataset,
  type Initiative,
  type Membership,
  type Participation,
} from '$lib/data';
import { t } from '$lib/i18n';

/** What the data says about one state: the conferences it is documented at, its initiatives and memberships. */
export interface StateProfile {
  iso3: string;
  name: string;
  region: string | null;
  /** One entry per conference of the data, in date order, with the rows that document the state there. */
  conferences: { conference: Conference; hosted: boolean; rows: Participation[] }[];
  /** Initiatives based in the state (their `country`). */
  initiatives: Initiative[];
  /** The state's memberships, each with its initiative when the data has it, by initiative then year. */
  memberships: { membership: Membership; initiative: Initiative | undefined }[];
  /** Public cyber-policy portals where one can read more about the state (their names are their own, in English). */
  portals: { name: string; url: string; note: string }[];
}

/**
 * Public cyber-policy portals, linked only where the address follows a reliable pattern:
 * - the e-Governance Academy's National Cyber Security Index has one page per country at
 *   ncsi.ega.ee/country/<iso2>/ (the index covers most, not all, states);
 * - the UNIDIR Cyber Policy Portal profiles every UN member state, but its profile addresses are
 *   opaque ids (database.cyberpolicyportal.org/en/entity/<id>), not derivable from a country code,
 *   so the profile links to the portal itself, never to a guessed page.
 */
function portalsFor(name: string, iso2: string | undefined): StateProfile['portals'] {
  return [
    ...(iso2
      ? [
          {
            name: 'National Cyber Security Index',
            url: `https://ncsi.ega.ee/country/${iso2.toLowerCase()}/`,
            note: t('map.portal.ncsi', { name }),
          },
        ]
      : []),
    {
      name: 'UNIDIR Cyber Policy Portal',
      url: 'https://cyberpolicyportal.org/',
      note: t('map.portal.unidir', { name }),
    },
  ];
}

/**
 * The profile of a state (ISO3), from the whole dataset. `iso2` (its alpha-2 code, when the caller
 * has looked it up) adds the portals whose addresses use it.
 */
export function selectStateProfile(dataset: Dataset, iso3: string, iso2?: string): StateProfile {
  const name = countryName(iso3);
  const conferences = dataset.conferences
    .map((conference) => ({
      conference,
      hosted: conference.country === iso3,
      rows: (dataset.participationByConference.get(conference.id) ?? []).filter((p) => p.country === iso3),
    }))
    .filter((c) => c.hosted || c.rows.length > 0);
  const memberships = dataset.memberships
    .filter((m) => m.country === iso3)
    .map((membership) => ({ membership, initiative: dataset.initiativeById.get(membership.initiative) }))
    .sort(
      (a, b) =>
        a.membership.initiative.localeCompare(b.membership.initiative) ||
        (a.membership.year ?? 0) - (b.membership.year ?? 0),
    );
  return {
    iso3,
    name,
    region: countryInfo(iso3)?.region ?? null,
    conferences,
    initiatives: dataset.initiatives.filter((i) => i.country === iso3),
    memberships,
    portals: portalsFor(name, iso2),
  };
}
