// The initiatives and milestones around the process, and states' memberships of them (coalitions,
// forums, treaties as their keepers' registers list them).
import { count, country, date, oneOf, ref, refList, slug, text, urls } from './columns';
import { slugify } from './text';
import {
  CONFERENCE_REF,
  COUNTRY_SYNONYMS,
  MEMBERSHIP_STATUSES,
  NOTE_SYNONYMS,
  SOURCE,
  spec,
  THEMES,
} from './tableSpec';

export const initiativesSpec = spec({
  kind: 'initiatives',
  row: 'one initiative or milestone',
  columns: {
    id: slug('id', {
      synonyms: ['initiative id', 'slug', 'key', 'identifiant'],
      description: 'Kebab-case id (made from the name when absent)',
      examples: ['gfce-launch', 'a4ai-launch'],
    }),
    name: text('name', {
      required: true,
      synonyms: [
        'initiative',
        'title',
        'milestone',
        'nom',
        'titre',
        'jalon',
        'iniciativa',
        'nombre',
        'título',
        'hito',
      ],
      description: 'Name',
      examples: ['Global Forum on Cyber Expertise launched', 'Alliance for Affordable Internet launched'],
    }),
    kind: slug('kind', {
      synonyms: ['type', 'category', 'catégorie', 'tipo', 'categoría'],
      description: 'initiative, meeting, report, treaty, resolution, centre, strategy, …',
      examples: ['initiative', 'meeting'],
    }),
    date: date('date', {
      required: true,
      synonyms: [
        'start date',
        'start',
        'year',
        'when',
        'launched',
        'année',
        'lancement',
        'año',
        'fecha',
        'lanzamiento',
      ],
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source',
      examples: ['2015-04-16', '2013-10'],
    }),
    end_date: date('end_date', {
      synonyms: ['end', 'until', 'fin', 'date de fin', 'fecha de fin'],
      description: 'End, where it has one',
      examples: ['', '2013-10-25'],
    }),
    city: text('city', {
      synonyms: ['place', 'location', 'ville', 'lieu', 'ciudad', 'lugar'],
      description: 'City',
      examples: ['The Hague', 'Abuja'],
    }),
    country: country('country', {
      synonyms: COUNTRY_SYNONYMS,
      description: 'Country (stored as ISO3)',
      examples: ['NLD', 'NGA'],
    }),
    organisations: text('organisations', {
      synonyms: ['organizations', 'lead', 'organisers', 'by', 'organisateurs', 'organizadores'],
      description: 'Lead organisations, separated by ;',
      examples: ['Government of the Netherlands', 'Web Foundation; Google'],
    }),
    themes: refList('themes', 'themes', THEMES),
    conference: ref('conference', 'conferences', CONFERENCE_REF),
    description: text('description', {
      synonyms: ['summary', 'about', 'what', 'résumé', 'resumen', 'descripción'],
      description: 'One or two sentences, in our own words',
      examples: ['Launched at GCCS2015 to share cyber capacity-building expertise.', ''],
    }),
    source: urls('source', SOURCE),
    note: text('note', { synonyms: NOTE_SYNONYMS, description: 'Notes', examples: ['', ''] }),
    // Where the initiative has a membership register (memberships.csv): who keeps the list, the
    // date up to which the bundled rows are complete against a full list, and that list's URL(s).
    register_keeper: text('register_keeper', {
      synonyms: ['keeper', 'register keeper', 'list keeper'],
      description: "Who keeps the initiative's list of members or parties",
      examples: ['Council of Europe Treaty Office', ''],
    }),
    register_as_of: date('register_as_of', {
      synonyms: ['as of', 'register as of', 'list as of'],
      description: 'Date up to which the membership rows are complete against a full list; blank if never',
      examples: ['2015-09', ''],
    }),
    register_source: urls('register_source', {
      synonyms: ['register source', 'list source'],
      description: "The keeper's list, or the full list the rows were checked against",
      examples: ['https://www.coe.int/en/web/conventions/full-list', ''],
    }),
  },
  key: (f) => f.id,
  derive: (f) => (f.id ? {} : { id: slugify(f.name) }),
  check: (f) =>
    f.date && f.end_date && f.end_date.iso < f.date.iso
      ? { code: 'date-order', message: 'end_date is before date.', column: 'end_date' }
      : undefined,
});

export const membershipsSpec = spec({
  kind: 'memberships',
  row: "one state's membership of an initiative",
  columns: {
    initiative: ref('initiative', 'initiatives', {
      required: true,
      synonyms: [
        'initiative id',
        'register',
        'treaty',
        'convention',
        'group',
        'body',
        'organisation',
        'initiative',
        'traité',
        'iniciativa',
        'tratado',
        'convenio',
      ],
      description:
        'Initiative or register, by id or name, e.g. freedom-online-coalition, Budapest Convention',
      examples: ['freedom-online-coalition', 'GFCE'],
    }),
    country: country('country', {
      required: true,
      synonyms: ['member', 'states', 'membre', 'miembro', 'estados', ...COUNTRY_SYNONYMS],
      description: 'Member state (stored as ISO3)',
      examples: ['NLD', 'Ghana'],
    }),
    year: count('year', {
      synonyms: ['year joined', 'since', 'member since', 'année', 'depuis', 'año', 'desde'],
      description: 'Year joined (blank if the source gives none; read from the dates below when absent)',
      examples: ['2011', '2015'],
    }),
    date: date('date', {
      synonyms: ['date joined', 'membership date'],
      description: 'Exact date, where the source gives one (read from the dates below when absent)',
      examples: ['', '2012-07-03'],
    }),
    signed: date('signed', {
      synonyms: [
        'signature',
        'date of signature',
        'signature date',
        'date de signature',
        'firma',
        'fecha de firma',
      ],
      description: 'Date of signature, as a treaty chart prints it',
      examples: ['2001-11-23', ''],
    }),
    ratified: date('ratified', {
      synonyms: [
        'ratification',
        'ratification date',
        'date of ratification',
        'ratification or accession',
        'accession',
        'ratification accession',
        'date de ratification',
        'adhésion',
        'ratificación',
        'fecha de ratificación',
        'adhesión',
      ],
      description: 'Date of ratification or accession: the state is a party from then',
      examples: ['2011-05-25', ''],
    }),
    joined: date('joined', {
      synonyms: [
        'date of joining',
        'joining date',
        'membership',
        'date d’adhésion',
        'fecha de adhesión',
        'ingreso',
      ],
      description: 'Date the state joined (a coalition or forum)',
      examples: ['', '2013'],
    }),
    status: oneOf('status', MEMBERSHIP_STATUSES, {
      synonyms: ['role', 'type', 'statut', 'situación', 'condición'],
      description: `${MEMBERSHIP_STATUSES.join(', ')} (read from the dates when absent)`,
      examples: ['member', 'party'],
      valueSynonyms: {
        founder: 'founding-member',
        'founding member': 'founding-member',
        ratified: 'party',
        acceded: 'party',
        signed: 'signatory',
        'membre fondateur': 'founding-member',
        membre: 'member',
        partie: 'party',
        signataire: 'signatory',
        'miembro fundador': 'founding-member',
        miembro: 'member',
        parte: 'party',
        signatario: 'signatory',
      },
    }),
    source: urls('source', SOURCE),
    note: text('note', { synonyms: NOTE_SYNONYMS, description: 'Notes', examples: ['', ''] }),
  },
  // A treaty chart gives dates, not a status: ratified (or acceded) makes a party, signed only a
  // signatory, joined a member; the year and date are those of that step.
  derive: (f) => {
    const step = f.ratified ?? f.joined ?? f.signed;
    const derived: Partial<typeof f> = {};
    if (!f.status)
      derived.status = f.ratified ? 'party' : f.joined ? 'member' : f.signed ? 'signatory' : null;
    if (!f.date && step) derived.date = step;
    if (f.year === null && step) derived.year = step.year;
    return derived;
  },
});
