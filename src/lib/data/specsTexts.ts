// The tables of words: the theme taxonomy, the public texts counted, their theme counts, the themes
// each conference set on its agenda, and the aliases a file may use for the atlas's ids.
import { colour, count, date, decimal, oneOf, ref, slug, text, urls } from './columns';
import { CONFERENCE_REF, NOTE_SYNONYMS, SOURCE, spec } from './tableSpec';

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
    conference: ref('conference', 'conferences', CONFERENCE_REF),
    url: urls('url', {
      ...SOURCE,
      synonyms: ['source', 'link', 'source url', 'public url'],
      description: 'Public URL of the text',
    }),
    file: text('file', {
      synonyms: ['filename', 'path', 'text file'],
      description: 'File name of the counted text in the folder given to the themes CLI (--texts)',
      examples: ['000_4d1c68d139e63fe2.txt', ''],
    }),
    words: count('words', {
      synonyms: ['word count'],
      description: 'Words in the counted text, as the analyser counts them',
      examples: ['2677', ''],
    }),
    sha256: text('sha256', {
      synonyms: ['sha-256', 'hash', 'checksum'],
      description: 'SHA-256 (hex) of the counted text, so a recount can tell it is the same text',
      examples: ['beffb5f5271c385b1f83f1ccc35fed10d8b69b04a3be4493c28c9f1ea9d18909', ''],
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
    conference: ref('conference', 'conferences', { ...CONFERENCE_REF, required: true }),
    theme: ref('theme', 'themes', {
      required: true,
      synonyms: ['theme id', 'agenda theme', 'thème', 'tema'],
      description: 'Theme id of the taxonomy that the stated agenda item corresponds to',
      examples: ['cybercrime', 'capacity-building'],
    }),
    stated_as: text('stated_as', {
      synonyms: ['stated as', 'wording', 'as stated', 'label'],
      description: "The agenda item in the source's own words",
      examples: ['Safe and reliable access', 'Capacity building'],
    }),
    source: urls('source', SOURCE),
    note: text('note', { synonyms: NOTE_SYNONYMS, description: 'Notes', examples: ['', ''] }),
  },
  key: (f) => `${f.conference}/${f.theme}`,
});

export const aliasesSpec = spec({
  kind: 'aliases',
  row: 'one more name a file may use for a conference, an initiative or a theme',
  columns: {
    table: oneOf('table', ['conferences', 'initiatives', 'themes'] as const, {
      required: true,
      description: 'conferences, initiatives or themes',
      examples: ['conferences', 'initiatives'],
    }),
    id: slug('id', {
      required: true,
      description: 'The id the name stands for',
      examples: ['the-hague-2015', 'gfce'],
    }),
    alias: text('alias', {
      required: true,
      synonyms: ['name', 'also known as'],
      description: 'The name as files write it (matched ignoring case, accents, spaces and punctuation)',
      examples: ['GCCS 2015', 'La Haye 2015'],
    }),
    lang: text('lang', {
      synonyms: ['language'],
      description: 'Language of the name (BCP 47), e.g. en, fr, es',
      examples: ['en', 'fr'],
    }),
    note: text('note', { synonyms: NOTE_SYNONYMS, description: 'Notes', examples: ['', ''] }),
  },
  key: (f) => `${f.table}/${f.id}/${f.alias.toLowerCase()}`,
});
