// The official names of conferences and initiatives in the UN languages other than English, each as
// a public source in that language gives it; the page shows them in that language's page.
import { oneOf, slug, text, urls } from './columns';
import { NOTE_SYNONYMS, SOURCE, spec } from './tableSpec';

/** The languages a name is recorded in (English names are the tables' own). */
export const NAME_LANGS = ['fr', 'es', 'ru', 'zh', 'ar'] as const;
export type NameLang = (typeof NAME_LANGS)[number];

export const namesSpec = spec({
  kind: 'names',
  row: 'one official name of a conference or an initiative in one language, as a public source gives it',
  columns: {
    table: oneOf('table', ['conferences', 'initiatives'] as const, {
      required: true,
      synonyms: ['table name'],
      description: { key: 'loader.column.oneOf', params: { values: 'conferences, initiatives' } },
      examples: ['initiatives', 'conferences'],
    }),
    id: slug('id', {
      required: true,
      synonyms: ['identifiant'],
      description: 'loader.column.names.id',
      examples: ['paris-call', 'seoul-2013'],
    }),
    lang: oneOf('lang', NAME_LANGS, {
      required: true,
      synonyms: ['language', 'langue', 'idioma'],
      description: 'loader.column.names.lang',
      examples: ['fr', 'es'],
    }),
    name: text('name', {
      required: true,
      synonyms: ['official name', 'nom', 'nom officiel', 'nombre', 'nombre oficial'],
      description: 'loader.column.names.name',
      examples: ['Appel de Paris pour la confiance et la sécurité dans le cyberespace', 'Séoul 2013'],
    }),
    short_name: text('short_name', {
      synonyms: ['short name', 'label', 'nom court', 'nombre corto'],
      description: 'loader.column.names.short_name',
      examples: ['', 'Séoul 2013'],
    }),
    source: urls('source', SOURCE),
    note: text('note', { synonyms: NOTE_SYNONYMS, description: 'loader.column.notes', examples: ['', ''] }),
  },
  key: (f) => `${f.table}/${f.id}/${f.lang}`,
});
