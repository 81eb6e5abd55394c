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
      description: 'loader.column.conferences.id',
      examples: ['seoul-2013', 'the-hague-2015'],
    }),
    name: text('name', {
      required: true,
      synonyms: ['conference', 'title', 'conference name', 'event', 'nom', 'titre', 'nombre', 'título'],
      description: 'loader.column.conferences.name',
      examples: ['Seoul Conference on Cyberspace 2013', 'Global Conference on CyberSpace 2015'],
    }),
    short_name: text('short_name', {
      synonyms: ['short name', 'label', 'nom court', 'nombre corto'],
      description: 'loader.column.conferences.short_name',
      examples: ['Seoul 2013', 'The Hague 2015'],
    }),
    kind: oneOf('kind', CONFERENCE_KINDS, {
      synonyms: ['type', 'category'],
      description: 'loader.column.conferences.kind',
      examples: ['process', 'related'],
      valueSynonyms: { 'london process': 'process', gccs: 'process', 'related event': 'related' },
    }),
    city: text('city', {
      synonyms: ['place', 'location', 'town', 'ville', 'lieu', 'ciudad', 'lugar'],
      description: 'loader.column.conferences.city',
      examples: ['Seoul', 'The Hague'],
    }),
    country: country('country', {
      required: true,
      synonyms: ['country iso3', 'host country', 'pays hôte', 'país anfitrión', ...COUNTRY_SYNONYMS],
      description: 'loader.column.conferences.country',
      examples: ['KOR', 'Netherlands'],
    }),
    venue: text('venue', {
      description: 'loader.column.conferences.venue',
      examples: ['COEX', 'World Forum'],
    }),
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
      description: 'loader.column.conferences.start_date',
      examples: ['2013-10-17', '2015-04-16'],
    }),
    end_date: date('end_date', {
      synonyms: ['end', 'to', 'until', 'ends', 'fin', 'date de fin', 'fecha de fin'],
      description: 'loader.column.conferences.end_date',
      examples: ['2013-10-18', '2015-04-17'],
    }),
    host: text('host', {
      synonyms: ['organiser', 'organizer', 'host government'],
      description: 'loader.column.conferences.host',
      examples: ['Government of the Republic of Korea', 'Government of the Netherlands'],
    }),
    chair: text('chair', {
      description: 'loader.column.conferences.chair',
      examples: ['Yun Byung-se', 'Bert Koenders'],
    }),
    participants: count('participants', {
      synonyms: ['delegates', 'attendees', 'participant count'],
      description: 'loader.column.conferences.participants',
      examples: ['1600', '1800'],
    }),
    states: count('states', {
      synonyms: ['countries', 'governments', 'state count', 'number of states'],
      description: 'loader.column.conferences.states',
      examples: ['87', '100'],
    }),
    organisations: count('organisations', {
      synonyms: ['organizations', 'international organisations', 'ios'],
      description: 'loader.column.conferences.organisations',
      examples: ['18', '20'],
    }),
    themes: refList('themes', 'themes', {
      ...THEMES,
      description: 'loader.column.conferences.themes',
    }),
    outcomes: text('outcomes', {
      synonyms: ['outcome', 'results'],
      description: 'loader.column.conferences.outcomes',
      examples: ['Seoul Framework adopted', 'GFCE launched'],
    }),
    source: urls('source', SOURCE),
    note: text('note', {
      synonyms: ['figures note', ...NOTE_SYNONYMS],
      description: 'loader.column.conferences.note',
      examples: ['', ''],
    }),
  },
  key: (f) => f.id,
  derive: (f) => (f.id ? {} : { id: slugify(f.short_name || f.name) }),
  check: (f) =>
    f.start_date && f.end_date && f.end_date.iso < f.start_date.iso
      ? { code: 'date-order', key: 'loader.issue.endBeforeStart', column: 'end_date' }
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
      description: {
        key: 'loader.column.valuesAndMore',
        params: { values: 'participants, states, organisations, ministers' },
      },
      examples: ['participants', 'states'],
    }),
    value: count('value', {
      required: true,
      synonyms: ['number', 'count', 'figure value'],
      description: 'loader.column.claims.value',
      examples: ['1600', '87'],
    }),
    qualifier: oneOf('qualifier', CLAIM_QUALIFIERS, {
      synonyms: ['precision', 'approx'],
      description: 'loader.column.claims.qualifier',
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
      description: 'loader.column.claims.note',
      examples: ['', ''],
    }),
  },
});
