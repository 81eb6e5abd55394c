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
      description: 'loader.column.id',
      examples: ['cybercrime', 'capacity-building'],
    }),
    label: text('label', {
      required: true,
      synonyms: ['name', 'theme name', 'title'],
      description: 'loader.column.themes.label',
      examples: ['Cybercrime', 'Capacity building'],
    }),
    colour: colour('colour', {
      required: true,
      synonyms: ['color', 'hex'],
      description: 'loader.column.themes.colour',
      examples: ['#0072b2', '#e69f00'],
    }),
    keywords: text('keywords', {
      required: true,
      synonyms: ['terms', 'phrases', 'words'],
      description: 'loader.column.themes.keywords',
      examples: ['cybercrime|cyber crime|online fraud', 'capacity building|training'],
    }),
    description: text('description', {
      synonyms: ['about', 'summary'],
      description: 'loader.column.themes.description',
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
      description: 'loader.column.id',
      examples: ['hague-closing-2011', 'itu-baku-2013'],
    }),
    title: text('title', {
      required: true,
      synonyms: ['name', 'document title'],
      description: 'loader.column.documents.title',
      examples: ['Closing remarks', 'Opening speech'],
    }),
    author: text('author', {
      synonyms: ['speaker', 'by', 'organisation'],
      description: 'loader.column.documents.author',
      examples: ['William Hague', 'Hamadoun Touré'],
    }),
    kind: slug('kind', {
      synonyms: ['type', 'genre'],
      description: {
        key: 'loader.column.valuesAndMore',
        params: { values: 'speech, statement, blog, report' },
      },
      examples: ['speech', 'blog'],
    }),
    date: date('date', {
      required: true,
      synonyms: ['published', 'when'],
      description: 'loader.column.documents.date',
      examples: ['2011-11-02', '2013-12-02'],
    }),
    conference: ref('conference', 'conferences', CONFERENCE_REF),
    url: urls('url', {
      ...SOURCE,
      synonyms: ['source', 'link', 'source url', 'public url'],
      description: 'loader.column.documents.url',
    }),
    file: text('file', {
      synonyms: ['filename', 'path', 'text file'],
      description: 'loader.column.documents.file',
      examples: ['000_4d1c68d139e63fe2.txt', ''],
    }),
    words: count('words', {
      synonyms: ['word count'],
      description: 'loader.column.documents.words',
      examples: ['2677', ''],
    }),
    sha256: text('sha256', {
      synonyms: ['sha-256', 'hash', 'checksum'],
      description: 'loader.column.documents.sha256',
      examples: ['beffb5f5271c385b1f83f1ccc35fed10d8b69b04a3be4493c28c9f1ea9d18909', ''],
    }),
    note: text('note', { synonyms: ['notes'], description: 'loader.column.notes', examples: ['', ''] }),
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
      description: 'loader.column.theme_mentions.document',
      examples: ['hague-closing-2011', 'itu-baku-2013'],
    }),
    theme: slug('theme', {
      required: true,
      synonyms: ['theme id'],
      description: 'loader.column.theme_mentions.theme',
      examples: ['cybercrime', 'capacity-building'],
    }),
    count: count('count', {
      required: true,
      synonyms: ['mentions', 'n'],
      description: 'loader.column.theme_mentions.count',
      examples: ['12', '3'],
    }),
    words: count('words', {
      required: true,
      synonyms: ['word count', 'total words'],
      description: 'loader.column.theme_mentions.words',
      examples: ['2400', '1800'],
    }),
    per_1000: decimal('per_1000', {
      synonyms: ['per 1000 words', 'rate'],
      description: 'loader.column.theme_mentions.per_1000',
      examples: ['5.0', '1.67'],
    }),
    keywords: text('keywords', {
      synonyms: ['matched keywords', 'terms'],
      description: 'loader.column.theme_mentions.keywords',
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
      description: 'loader.column.agenda_themes.theme',
      examples: ['cybercrime', 'capacity-building'],
    }),
    stated_as: text('stated_as', {
      synonyms: ['stated as', 'wording', 'as stated', 'label'],
      description: 'loader.column.agenda_themes.stated_as',
      examples: ['Safe and reliable access', 'Capacity building'],
    }),
    source: urls('source', SOURCE),
    note: text('note', { synonyms: NOTE_SYNONYMS, description: 'loader.column.notes', examples: ['', ''] }),
  },
  key: (f) => `${f.conference}/${f.theme}`,
});

export const aliasesSpec = spec({
  kind: 'aliases',
  row: 'one more name a file may use for a conference, an initiative or a theme',
  columns: {
    table: oneOf('table', ['conferences', 'initiatives', 'themes'] as const, {
      required: true,
      description: { key: 'loader.column.oneOf', params: { values: 'conferences, initiatives, themes' } },
      examples: ['conferences', 'initiatives'],
    }),
    id: slug('id', {
      required: true,
      description: 'loader.column.aliases.id',
      examples: ['the-hague-2015', 'gfce'],
    }),
    alias: text('alias', {
      required: true,
      synonyms: ['name', 'also known as'],
      description: 'loader.column.aliases.alias',
      examples: ['GCCS 2015', 'La Haye 2015'],
    }),
    lang: text('lang', {
      synonyms: ['language'],
      description: 'loader.column.aliases.lang',
      examples: ['en', 'fr'],
    }),
    note: text('note', { synonyms: NOTE_SYNONYMS, description: 'loader.column.notes', examples: ['', ''] }),
  },
  key: (f) => `${f.table}/${f.id}/${f.alias.toLowerCase()}`,
});
