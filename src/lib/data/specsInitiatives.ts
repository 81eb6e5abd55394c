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
      description: 'loader.column.initiatives.id',
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
      description: 'loader.column.initiatives.name',
      examples: ['Global Forum on Cyber Expertise launched', 'Alliance for Affordable Internet launched'],
    }),
    kind: slug('kind', {
      synonyms: ['type', 'category', 'catégorie', 'tipo', 'categoría'],
      description: {
        key: 'loader.column.valuesAndMore',
        params: { values: 'initiative, meeting, report, treaty, resolution, centre, strategy' },
      },
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
      description: 'loader.column.initiatives.date',
      examples: ['2015-04-16', '2013-10'],
    }),
    end_date: date('end_date', {
      synonyms: ['end', 'until', 'fin', 'date de fin', 'fecha de fin'],
      description: 'loader.column.initiatives.end_date',
      examples: ['', '2013-10-25'],
    }),
    city: text('city', {
      synonyms: ['place', 'location', 'ville', 'lieu', 'ciudad', 'lugar'],
      description: 'loader.column.initiatives.city',
      examples: ['The Hague', 'Abuja'],
    }),
    country: country('country', {
      synonyms: COUNTRY_SYNONYMS,
      description: 'loader.column.initiatives.country',
      examples: ['NLD', 'NGA'],
    }),
    organisations: text('organisations', {
      synonyms: ['organizations', 'lead', 'organisers', 'by', 'organisateurs', 'organizadores'],
      description: 'loader.column.initiatives.organisations',
      examples: ['Government of the Netherlands', 'Web Foundation; Google'],
    }),
    themes: refList('themes', 'themes', THEMES),
    conference: ref('conference', 'conferences', CONFERENCE_REF),
    description: text('description', {
      synonyms: ['summary', 'about', 'what', 'résumé', 'resumen', 'descripción'],
      description: 'loader.column.initiatives.description',
      examples: ['Launched at GCCS2015 to share cyber capacity-building expertise.', ''],
    }),
    source: urls('source', SOURCE),
    note: text('note', { synonyms: NOTE_SYNONYMS, description: 'loader.column.notes', examples: ['', ''] }),
    // Where the initiative has a membership register (memberships.csv): who keeps the list, the
    // date up to which the bundled rows are complete against a full list, and that list's URL(s).
    register_keeper: text('register_keeper', {
      synonyms: ['keeper', 'register keeper', 'list keeper'],
      description: 'loader.column.initiatives.register_keeper',
      examples: ['Council of Europe Treaty Office', ''],
    }),
    register_as_of: date('register_as_of', {
      synonyms: ['as of', 'register as of', 'list as of'],
      description: 'loader.column.initiatives.register_as_of',
      examples: ['2015-09', ''],
    }),
    register_source: urls('register_source', {
      synonyms: ['register source', 'list source'],
      description: 'loader.column.initiatives.register_source',
      examples: ['https://www.coe.int/en/web/conventions/full-list', ''],
    }),
  },
  key: (f) => f.id,
  derive: (f) => (f.id ? {} : { id: slugify(f.name) }),
  check: (f) =>
    f.date && f.end_date && f.end_date.iso < f.date.iso
      ? { code: 'date-order', key: 'loader.issue.endBeforeDate', column: 'end_date' }
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
      description: 'loader.column.memberships.initiative',
      examples: ['freedom-online-coalition', 'GFCE'],
    }),
    country: country('country', {
      required: true,
      synonyms: ['member', 'states', 'membre', 'miembro', 'estados', ...COUNTRY_SYNONYMS],
      description: 'loader.column.memberships.country',
      examples: ['NLD', 'Ghana'],
    }),
    year: count('year', {
      synonyms: ['year joined', 'since', 'member since', 'année', 'depuis', 'año', 'desde'],
      description: 'loader.column.memberships.year',
      examples: ['2011', '2015'],
    }),
    date: date('date', {
      synonyms: ['date joined', 'membership date'],
      description: 'loader.column.memberships.date',
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
      description: 'loader.column.memberships.signed',
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
      description: 'loader.column.memberships.ratified',
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
      description: 'loader.column.memberships.joined',
      examples: ['', '2013'],
    }),
    status: oneOf('status', MEMBERSHIP_STATUSES, {
      synonyms: ['role', 'type', 'statut', 'situación', 'condición'],
      description: {
        key: 'loader.column.memberships.status',
        params: { values: MEMBERSHIP_STATUSES.join(', ') },
      },
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
    note: text('note', { synonyms: NOTE_SYNONYMS, description: 'loader.column.notes', examples: ['', ''] }),
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
