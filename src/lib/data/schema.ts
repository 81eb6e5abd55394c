import type { Column } from './columns';
import { colour, count, country, date, decimal, oneOf, slug, slugList, text, urls } from './columns';

/** The tables of the data model (DESIGN.md); a user file is one of them. */
export const TABLE_KINDS = [
  'conferences',
  'claims',
  'participation',
  'initiatives',
  'memberships',
  'themes',
  'documents',
  'theme_mentions',
  'agenda_themes',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** A table's columns and the checks that span columns or rows. */
export interface TableSpec<F> {
  kind: TableKind;
  /** One row is … (for messages and the loader). */
  row: string;
  columns: { [K in keyof F]: Column<F[K]> };
  /** The value that must be unique per row, if any (e.g. the id). */
  key?: (fields: F) => string;
  /** Checks across columns; each failure rejects the row. */
  check?: (
    fields: F,
  ) => { code: 'missing-actor' | 'date-order'; message: string; column: string } | undefined;
}

/** The fields a spec reads, plus where each row came from. */
export type RowOf<S> = S extends TableSpec<infer F> ? F & RowMeta : never;

/** Where a row came from: its file line and origin (`bundled` or the user's file name). */
export interface RowMeta {
  line: number;
  origin: string;
}

function spec<F>(s: TableSpec<F>): TableSpec<F> {
  return s;
}

const SOURCE = {
  synonyms: ['source', 'sources', 'source url', 'source_url', 'url', 'link', 'reference', 'citation'],
  required: true,
  description: 'Public http(s) URL(s) that say what the row says; several separated by |',
  examples: ['https://www.gov.uk/government/news/example', 'https://example.org/report'],
} as const;

const THEMES = {
  synonyms: ['theme', 'themes', 'topics', 'topic', 'theme ids'],
  description: 'Theme ids from the taxonomy, separated by |',
  examples: ['cybercrime|capacity-building', 'international-security'],
} as const;

const CONFERENCE_REF = {
  synonyms: [
    'conference',
    'conference id',
    'conference_id',
    'event',
    'meeting',
    'linked conference',
    'linked_conference',
  ],
  description: 'Conference id, e.g. seoul-2013',
  examples: ['seoul-2013', 'the-hague-2015'],
} as const;

export const ROLES = ['host', 'co-organiser', 'attendee', 'speaker', 'observer'] as const;
export const LEVELS = [
  'head-of-state',
  'head-of-government',
  'minister',
  'vice-minister',
  'envoy',
  'ambassador',
  'official',
  'non-governmental',
] as const;
export const CONFIDENCES = ['documented', 'secondary-report', 'pre-event-announcement'] as const;
export const CONFERENCE_KINDS = ['process', 'related'] as const;
export const MEMBERSHIP_STATUSES = [
  'founding-member',
  'member',
  'party',
  'signatory',
  'observer',
  'chair',
  'sponsor',
  'co-host',
] as const;
export const CLAIM_QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'nearly', 'expected'] as const;

export type Role = (typeof ROLES)[number];
export type Level = (typeof LEVELS)[number];
export type Confidence = (typeof CONFIDENCES)[number];

export const conferencesSpec = spec({
  kind: 'conferences',
  row: 'one conference of the process or a related event',
  columns: {
    id: slug('id', {
      required: true,
      synonyms: ['conference id', 'slug', 'key'],
      description: 'Kebab-case id',
      examples: ['seoul-2013', 'the-hague-2015'],
    }),
    name: text('name', {
      required: true,
      synonyms: ['conference', 'title', 'conference name', 'event'],
      description: 'Official name',
      examples: ['Seoul Conference on Cyberspace 2013', 'Global Conference on CyberSpace 2015'],
    }),
    short_name: text('short_name', {
      synonyms: ['short name', 'label'],
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
      synonyms: ['place', 'location', 'town'],
      description: 'Host city',
      examples: ['Seoul', 'The Hague'],
    }),
    country: country('country', {
      required: true,
      synonyms: ['country iso3', 'country_iso3', 'host country', 'iso3', 'state', 'nation'],
      description: 'Host state (name or code; stored as ISO3)',
      examples: ['KOR', 'Netherlands'],
    }),
    venue: text('venue', { description: 'Venue', examples: ['COEX', 'World Forum'] }),
    start_date: date('start_date', {
      required: true,
      synonyms: ['start', 'date', 'from', 'start date', 'begins'],
      description: 'First day (YYYY-MM-DD)',
      examples: ['2013-10-17', '2015-04-16'],
    }),
    end_date: date('end_date', {
      synonyms: ['end', 'to', 'end date', 'until', 'ends'],
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
    themes: slugList('themes', {
      ...THEMES,
      description: 'Agenda themes the conference officially set (theme ids)',
    }),
    outcomes: text('outcomes', {
      synonyms: ['outcome', 'results'],
      description: 'Main outcomes, in our own words',
      examples: ['Seoul Framework adopted', 'GFCE launched'],
    }),
    source: urls('source', SOURCE),
    note: text('note', {
      synonyms: ['notes', 'comment', 'figures note', 'figures_note'],
      description: 'Notes on the figures',
      examples: ['', ''],
    }),
  },
  key: (f) => f.id,
  check: (f) =>
    f.start_date && f.end_date && f.end_date.iso < f.start_date.iso
      ? { code: 'date-order', message: 'end_date is before start_date.', column: 'end_date' }
      : undefined,
});

export const claimsSpec = spec({
  kind: 'claims',
  row: 'one headline figure for a conference as one source reports it',
  columns: {
    conference: slug('conference', { ...CONFERENCE_REF, required: true }),
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
      synonyms: ['notes', 'quote', 'comment'],
      description: 'Context, in our own words',
      examples: ['', ''],
    }),
  },
});

export const participationSpec = spec({
  kind: 'participation',
  row: 'one state or organisation documented at one conference',
  columns: {
    conference: slug('conference', { ...CONFERENCE_REF, required: true }),
    country: country('country', {
      synonyms: ['state', 'nation', 'iso3', 'iso2', 'code', 'country code', 'country name', 'delegation'],
      description: 'State (name or code; stored as ISO3); blank for an organisation',
      examples: ['KOR', 'United Kingdom'],
    }),
    organisation: text('organisation', {
      synonyms: ['organization', 'org', 'international organisation', 'body'],
      description: 'Organisation, when the participant is not a state',
      examples: ['', ''],
    }),
    role: oneOf('role', ROLES, {
      required: true,
      synonyms: ['participation', 'capacity', 'status'],
      description: ROLES.join(', '),
      examples: ['host', 'attendee'],
      valueSynonyms: {
        organiser: 'co-organiser',
        organizer: 'co-organiser',
        'co-organizer': 'co-organiser',
        participant: 'attendee',
        delegation: 'attendee',
        attended: 'attendee',
        present: 'attendee',
        'keynote speaker': 'speaker',
      },
    }),
    level: oneOf('level', LEVELS, {
      synonyms: ['delegation level', 'rank', 'head of delegation level'],
      description: LEVELS.join(', '),
      examples: ['minister', 'official'],
      valueSynonyms: {
        'head of government': 'head-of-government',
        'prime minister': 'head-of-government',
        president: 'head-of-state',
        'deputy minister': 'vice-minister',
        'state secretary': 'vice-minister',
        'special envoy': 'envoy',
        ngo: 'non-governmental',
        'civil society': 'non-governmental',
        'senior official': 'official',
      },
    }),
    confidence: oneOf('confidence', CONFIDENCES, {
      synonyms: ['evidence level', 'certainty'],
      description: CONFIDENCES.join(', '),
      examples: ['documented', 'secondary-report'],
      valueSynonyms: {
        'secondary report': 'secondary-report',
        secondary: 'secondary-report',
        'pre-event report': 'pre-event-announcement',
        'pre-event': 'pre-event-announcement',
        announced: 'pre-event-announcement',
        primary: 'documented',
      },
    }),
    delegate: text('delegate', {
      synonyms: ['head of delegation', 'person', 'speaker name', 'representative'],
      description: 'Head of delegation or speaker, where the source names one',
      examples: ['Yun Byung-se', ''],
    }),
    source: urls('source', SOURCE),
    note: text('note', {
      synonyms: ['notes', 'evidence', 'comment'],
      description: 'What the source says, in our own words',
      examples: ['Host and chair', ''],
    }),
  },
  check: (f) =>
    !f.country && !f.organisation
      ? { code: 'missing-actor', message: 'Give a country or an organisation.', column: 'country' }
      : undefined,
});

export const initiativesSpec = spec({
  kind: 'initiatives',
  row: 'one initiative or milestone',
  columns: {
    id: slug('id', {
      required: true,
      synonyms: ['initiative id', 'slug', 'key'],
      description: 'Kebab-case id',
      examples: ['gfce-launch', 'a4ai-launch'],
    }),
    name: text('name', {
      required: true,
      synonyms: ['initiative', 'title', 'milestone'],
      description: 'Name',
      examples: ['Global Forum on Cyber Expertise launched', 'Alliance for Affordable Internet launched'],
    }),
    kind: slug('kind', {
      synonyms: ['type', 'category'],
      description: 'initiative, meeting, report, treaty, resolution, centre, strategy, …',
      examples: ['initiative', 'meeting'],
    }),
    date: date('date', {
      required: true,
      synonyms: ['start date', 'start_date', 'start', 'year', 'when', 'launched'],
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source',
      examples: ['2015-04-16', '2013-10'],
    }),
    end_date: date('end_date', {
      synonyms: ['end', 'end date', 'until'],
      description: 'End, where it has one',
      examples: ['', '2013-10-25'],
    }),
    city: text('city', {
      synonyms: ['place', 'location'],
      description: 'City',
      examples: ['The Hague', 'Abuja'],
    }),
    country: country('country', {
      synonyms: ['country iso3', 'country_iso3', 'iso3', 'state'],
      description: 'Country (stored as ISO3)',
      examples: ['NLD', 'NGA'],
    }),
    organisations: text('organisations', {
      synonyms: ['organizations', 'lead', 'organisers', 'by'],
      description: 'Lead organisations, separated by ;',
      examples: ['Government of the Netherlands', 'Web Foundation; Google'],
    }),
    themes: slugList('themes', THEMES),
    conference: slug('conference', CONFERENCE_REF),
    description: text('description', {
      synonyms: ['summary', 'about', 'what'],
      description: 'One or two sentences, in our own words',
      examples: ['Launched at GCCS2015 to share cyber capacity-building expertise.', ''],
    }),
    source: urls('source', SOURCE),
    note: text('note', { synonyms: ['notes', 'comment'], description: 'Notes', examples: ['', ''] }),
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
  check: (f) =>
    f.date && f.end_date && f.end_date.iso < f.date.iso
      ? { code: 'date-order', message: 'end_date is before date.', column: 'end_date' }
      : undefined,
});

export const membershipsSpec = spec({
  kind: 'memberships',
  row: "one state's membership of an initiative",
  columns: {
    initiative: slug('initiative', {
      required: true,
      synonyms: ['initiative id', 'group', 'body', 'organisation'],
      description: 'Initiative id, e.g. freedom-online-coalition',
      examples: ['freedom-online-coalition', 'gfce'],
    }),
    country: country('country', {
      required: true,
      synonyms: ['state', 'member', 'iso3', 'iso2', 'code', 'nation'],
      description: 'Member state (stored as ISO3)',
      examples: ['NLD', 'Ghana'],
    }),
    year: count('year', {
      synonyms: ['year joined', 'year_joined', 'since', 'joined'],
      description: 'Year joined (blank if the source gives none)',
      examples: ['2011', '2015'],
    }),
    date: date('date', {
      synonyms: ['date joined', 'ratified', 'ratification date'],
      description: 'Exact date, where the source gives one',
      examples: ['', '2012-07-03'],
    }),
    status: oneOf('status', MEMBERSHIP_STATUSES, {
      synonyms: ['membership', 'role', 'type'],
      description: MEMBERSHIP_STATUSES.join(', '),
      examples: ['member', 'party'],
      valueSynonyms: {
        founder: 'founding-member',
        'founding member': 'founding-member',
        ratified: 'party',
        acceded: 'party',
        signed: 'signatory',
      },
    }),
    source: urls('source', SOURCE),
    note: text('note', { synonyms: ['notes', 'comment'], description: 'Notes', examples: ['', ''] }),
  },
});

export const themesSpec = spec({
  kind: 'themes',
  row: 'one theme of the taxonomy',
  columns: {
    id: slug('id', {
      required: true,
      synonyms: ['theme', 'theme id', 'slug'],
      description: 'Kebab-case id',
      examples: ['cybercrime', 'capacity-building'],
    }),
    label: text('label', {
      required: true,
      synonyms: ['name', 'theme name', 'title'],
      description: 'Label',
      examples: ['Cybercrime', 'Capacity building'],
    }),
    colour: colour('colour', {
      required: true,
      synonyms: ['color', 'hex'],
      description: 'Hex colour (colour-blind-safe palette)',
      examples: ['#0072b2', '#e69f00'],
    }),
    keywords: text('keywords', {
      required: true,
      synonyms: ['terms', 'phrases', 'words'],
      description: 'Keywords and phrases for text analysis, separated by |',
      examples: ['cybercrime|cyber crime|online fraud', 'capacity building|training'],
    }),
    description: text('description', {
      synonyms: ['about', 'summary'],
      description: 'One line',
      examples: ['Crime committed with or against computers', 'Helping states build skills and institutions'],
    }),
  },
  key: (f) => f.id,
});

export const documentsSpec = spec({
  kind: 'documents',
  row: 'one public text (speech, statement, report)',
  columns: {
    id: slug('id', {
      required: true,
      synonyms: ['document', 'document id', 'doc', 'slug'],
      description: 'Kebab-case id',
      examples: ['hague-closing-2011', 'itu-baku-2013'],
    }),
    title: text('title', {
      required: true,
      synonyms: ['name', 'document title'],
      description: 'Title',
      examples: ['Closing remarks', 'Opening speech'],
    }),
    author: text('author', {
      synonyms: ['speaker', 'by', 'organisation'],
      description: 'Speaker or author',
      examples: ['William Hague', 'Hamadoun Touré'],
    }),
    kind: slug('kind', {
      synonyms: ['type', 'genre'],
      description: 'speech, statement, blog, report, …',
      examples: ['speech', 'blog'],
    }),
    date: date('date', {
      required: true,
      synonyms: ['published', 'when'],
      description: 'Date, as precise as known',
      examples: ['2011-11-02', '2013-12-02'],
    }),
    conference: slug('conference', CONFERENCE_REF),
    url: urls('url', {
      ...SOURCE,
      synonyms: ['source', 'link', 'source url', 'public url'],
      description: 'Public URL of the text',
    }),
    file: text('file', {
      synonyms: ['filename', 'path', 'text file'],
      description: 'Text file name under ../shared/seeds (for the themes CLI)',
      examples: ['000_4d1c68d139e63fe2.txt', ''],
    }),
    note: text('note', { synonyms: ['notes'], description: 'Notes', examples: ['', ''] }),
  },
  key: (f) => f.id,
});

export const themeMentionsSpec = spec({
  kind: 'theme_mentions',
  row: 'one (document, theme) count',
  columns: {
    document: slug('document', {
      required: true,
      synonyms: ['document id', 'doc'],
      description: 'Document id',
      examples: ['hague-closing-2011', 'itu-baku-2013'],
    }),
    theme: slug('theme', {
      required: true,
      synonyms: ['theme id'],
      description: 'Theme id',
      examples: ['cybercrime', 'capacity-building'],
    }),
    count: count('count', {
      required: true,
      synonyms: ['mentions', 'n'],
      description: 'Number of keyword matches',
      examples: ['12', '3'],
    }),
    words: count('words', {
      required: true,
      synonyms: ['word count', 'total words'],
      description: 'Words in the document',
      examples: ['2400', '1800'],
    }),
    per_1000: decimal('per_1000', {
      synonyms: ['per 1000 words', 'rate'],
      description: 'Mentions per 1,000 words',
      examples: ['5.0', '1.67'],
    }),
    keywords: text('keywords', {
      synonyms: ['matched keywords', 'terms'],
      description: 'Matched keywords with their counts, separated by |',
      examples: ['cybercrime:4|law enforcement:2', 'capacity building:3'],
    }),
  },
  key: (f) => `${f.document}/${f.theme}`,
});

export const agendaThemesSpec = spec({
  kind: 'agenda_themes',
  row: 'one theme a conference officially set on its agenda, as a source states it',
  columns: {
    conference: slug('conference', { ...CONFERENCE_REF, required: true }),
    theme: slug('theme', {
      required: true,
      synonyms: ['theme id', 'agenda theme'],
      description: 'Theme id of the taxonomy that the stated agenda item corresponds to',
      examples: ['cybercrime', 'capacity-building'],
    }),
    stated_as: text('stated_as', {
      synonyms: ['stated as', 'wording', 'as stated', 'label'],
      description: "The agenda item in the source's own words",
      examples: ['Safe and reliable access', 'Capacity building'],
    }),
    source: urls('source', SOURCE),
    note: text('note', { synonyms: ['notes', 'comment'], description: 'Notes', examples: ['', ''] }),
  },
  key: (f) => `${f.conference}/${f.theme}`,
});

/** Every table's spec, by kind. */
export const TABLE_SPECS = {
  conferences: conferencesSpec,
  claims: claimsSpec,
  participation: participationSpec,
  initiatives: initiativesSpec,
  memberships: membershipsSpec,
  themes: themesSpec,
  documents: documentsSpec,
  theme_mentions: themeMentionsSpec,
  agenda_themes: agendaThemesSpec,
} as const;

export type Conference = RowOf<typeof conferencesSpec>;
export type Claim = RowOf<typeof claimsSpec>;
export type Participation = RowOf<typeof participationSpec>;
export type Initiative = RowOf<typeof initiativesSpec>;
export type Membership = RowOf<typeof membershipsSpec>;
export type Theme = RowOf<typeof themesSpec>;
export type DocumentRow = RowOf<typeof documentsSpec>;
export type ThemeMention = RowOf<typeof themeMentionsSpec>;
export type AgendaTheme = RowOf<typeof agendaThemesSpec>;

/** The row type of each table kind. */
export interface RowByKind {
  conferences: Conference;
  claims: Claim;
  participation: Participation;
  initiatives: Initiative;
  memberships: Membership;
  themes: Theme;
  documents: DocumentRow;
  theme_mentions: ThemeMention;
  agenda_themes: AgendaTheme;
}
