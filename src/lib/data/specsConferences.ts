// The conferences of the process and related events, and the headline figures sources report for them.
import { count, country, date, oneOf, ref, refList, slug, text, urls } from './columns';
import { slugify } from './text';
import {
  CLAIM_QUALIFIERS,
  CONFERENCE_KINDS,
  CONFERENCE_REF,
  COUNTRY_SYNONYMS,
  NOTE_SYNONYMS,
  SOURCE,
  spec,
  THEMES,
} from './tableSpec';

export const conferencesSpec = spec({
  kind: 'conferences',
  row: 'one conference of the process or a related event',
  columns: {
    id: slug('id', {
      synonyms: ['conference id', 'slug', 'key', 'identifiant'],
      description: 'Kebab-case id (made from the short name or name when absent)',
      examples: ['seoul-2013', 'the-hague-2015'],
    }),
    name: text('name', {
      required: true,
      synonyms: ['conference', 'title', 'conference name', 'event', 'nom', 'titre', 'nombre', 'título'],
      description: 'Official name',
      examples: ['Seoul Conference on Cyberspace 2013', 'Global Conference on CyberSpace 2015'],
    }),
    short_name: text('short_name', {
      synonyms: ['short name', 'label', 'nom court', 'nombre corto'],
      description: 'Short label for charts',
      examples: ['Seoul 2013', 'The Hague 2015'],
    }),
    kind: oneOf('kind', CONFERENCE_KINDS, {
      synonyms: ['type', 'category'],
      description: 'process (the London Process) or related',
      examples: ['process', 'related'],
      valueSynonyms: { 'london process': 'process', gccs: 'process', 'related event': 'related' },
    }),
    city: text('city', {
      synonyms: ['place', 'location', 'town', 'ville', 'lieu', 'ciudad', 'lugar'],
      description: 'Host city',
      examples: ['Seoul', 'The Hague'],
    }),
    country: country('country', {
      required: true,
      synonyms: ['country iso3', 'host country', 'pays hôte', 'país anfitrión', ...COUNTRY_SYNONYMS],
      description: 'Host state (name or code; stored as ISO3)',
      examples: ['KOR', 'Netherlands'],
    }),
    venue: text('venue', { description: 'Venue', examples: ['COEX', 'World Forum'] }),
    start_date: date('start_date', {
      required: true,
      synonyms: [
        'start',
        'date',
        'from',
        'begins',
        'début',
        'date de début',
        'inicio',
        'fecha',
        'fecha de inicio',
      ],
      description: 'First day (YYYY-MM-DD)',
      examples: ['2013-10-17', '2015-04-16'],
    }),
    end_date: date('end_date', {
      synonyms: ['end', 'to', 'until', 'ends', 'fin', 'date de fin', 'fecha de fin'],
      description: 'Last day (YYYY-MM-DD)',
      examples: ['2013-10-18', '2015-04-17'],
    }),
    host: text('host', {
      synonyms: ['organiser', 'organizer', 'host government'],
      description: 'Host government or organisers',
      examples: ['Government of the Republic of Korea', 'Government of the Netherlands'],
    }),
    chair: text('chair', { description: 'Chair', examples: ['Yun Byung-se', 'Bert Koenders'] }),
    participants: count('participants', {
      synonyms: ['delegates', 'attendees', 'participant count'],
      description: 'Headline number of participants, as reported',
      examples: ['1600', '1800'],
    }),
    states: count('states', {
      synonyms: ['countries', 'governments', 'state count', 'number of states'],
      description: 'Headline number of states, as reported',
      examples: ['87', '100'],
    }),
    organisations: count('organisations', {
      synonyms: ['organizations', 'international organisations', 'ios'],
      description: 'Headline number of international organisations, as reported',
      examples: ['18', '20'],
    }),
    themes: refList('themes', 'themes', {
      ...THEMES,
      description: 'Agenda themes the conference officially set (theme ids or labels)',
    }),
    outcomes: text('outcomes', {
      synonyms: ['outcome', 'results'],
      description: 'Main outcomes, in our own words',
      examples: ['Seoul Framework adopted', 'GFCE launched'],
    }),
    source: urls('source', SOURCE),
    note: text('note', {
      synonyms: ['figures note', ...NOTE_SYNONYMS],
      description: 'Notes on the figures',
      examples: ['', ''],
    }),
  },
  key: (f) => f.id,
  derive: (f) => (f.id ? {} : { id: slugify(f.short_name || f.name) }),
  check: (f) =>
    f.start_date && f.end_date && f.end_date.iso < f.start_date.iso
      ? { code: 'date-order', message: 'end_date is before start_date.', column: 'end_date' }
      : undefined,
});

export const claimsSpec = spec({
  kind: 'claims',
  row: 'one headline figure for a conference as one source reports it',
  columns: {
    conference: ref('conference', 'conferences', { ...CONFERENCE_REF, required: true }),
    measure: slug('measure', {
      required: true,
      synonyms: ['figure', 'metric', 'what'],
      description: 'participants, states, organisations, ministers, …',
      examples: ['participants', 'states'],
    }),
    value: count('value', {
      required: true,
      synonyms: ['number', 'count', 'figure value'],
      description: 'The number as reported',
      examples: ['1600', '87'],
    }),
    qualifier: oneOf('qualifier', CLAIM_QUALIFIERS, {
      synonyms: ['precision', 'approx'],
      description: 'How the source qualifies it',
      examples: ['exact', 'more-than'],
      valueSynonyms: {
        over: 'more-than',
        'more than': 'more-than',
        approximately: 'about',
        around: 'about',
        some: 'about',
        'at least': 'at-least',
        almost: 'nearly',
        'pre-event': 'expected',
      },
    }),
    source: urls('source', SOURCE),
    note: text('note', {
      synonyms: ['quote', ...NOTE_SYNONYMS],
      description: 'Context, in our own words',
      examples: ['', ''],
    }),
  },
});
