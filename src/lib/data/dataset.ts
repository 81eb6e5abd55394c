import type { MessageKey } from '$lib/i18n';
import { compareDates } from './dates';
import { makeIssue, type Issue } from './issues';
import type {
  AgendaTheme,
  Claim,
  Conference,
  DocumentRow,
  Initiative,
  Membership,
  OfficialNameRow,
  Participation,
  RowByKind,
  TableKind,
  Theme,
  ThemeMention,
} from './schema';

/** Rows per table, as validated; any table may be absent. */
export type TableSet = { [K in TableKind]?: RowByKind[K][] };

/**
 * The immutable, indexed data every view reads. Built once per load; views never mutate it, so the
 * app keeps it in `$state.raw` and Svelte does not proxy thousands of rows.
 */
export interface Dataset {
  /** Sorted by start date. */
  conferences: Conference[];
  conferenceById: ReadonlyMap<string, Conference>;
  participation: Participation[];
  participationByConference: ReadonlyMap<string, Participation[]>;
  claims: Claim[];
  /** Sorted by date. */
  initiatives: Initiative[];
  initiativeById: ReadonlyMap<string, Initiative>;
  memberships: Membership[];
  themes: Theme[];
  themeById: ReadonlyMap<string, Theme>;
  documents: DocumentRow[];
  documentById: ReadonlyMap<string, DocumentRow>;
  themeMentions: ThemeMention[];
  /** The themes each conference set on its agenda, as sources state them. */
  agendaThemes: AgendaTheme[];
  /** Official names in other languages (data/names.csv), each for a conference or initiative kept here. */
  names: OfficialNameRow[];
}

const byId = <T extends { id: string }>(rows: T[]): Map<string, T> => new Map(rows.map((r) => [r.id, r]));

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** "… is not a known theme", by what a reference names. */
const UNKNOWN_ID = {
  theme: 'loader.issue.unknownId.theme',
  conference: 'loader.issue.unknownId.conference',
  initiative: 'loader.issue.unknownId.initiative',
  document: 'loader.issue.unknownId.document',
} as const satisfies Record<string, MessageKey>;

/** The file a row came from, for issue messages: bundled rows name their data/ file. */
const fileOf = (origin: string, kind: TableKind): string =>
  origin === 'bundled' ? `data/${kind}.csv` : origin;

/**
 * Links validated tables into a Dataset. Rows whose references do not resolve (a participation row
 * naming an unknown conference, an unknown theme id, …) are left out, each with an issue on its line.
 */
export function buildDataset(tables: TableSet): { dataset: Dataset; issues: Issue[] } {
  const issues: Issue[] = [];
  const themes = tables.themes ?? [];
  const themeIds = new Set(themes.map((t) => t.id));
  const conferences = [...(tables.conferences ?? [])].sort(
    (a, b) => compareDates(a.start_date!, b.start_date!) || a.id.localeCompare(b.id),
  );
  const conferenceIds = new Set(conferences.map((c) => c.id));

  function keep<R extends { line: number; origin: string }>(
    kind: TableKind,
    rows: R[],
    refs: (row: R) => { column: string; value: string; known: ReadonlySet<string>; what: MessageKey }[],
  ): R[] {
    return rows.filter((row) => {
      for (const ref of refs(row)) {
        if (ref.value && !ref.known.has(ref.value)) {
          issues.push({
            ...makeIssue(
              'unknown-reference',
              { key: ref.what, params: { value: ref.value } },
              {
                line: row.line,
                column: ref.column,
                value: ref.value,
              },
            ),
            file: fileOf(row.origin, kind),
          });
          return false;
        }
      }
      return true;
    });
  }
  const themeRefs = (column: string, ids: string[]) =>
    ids.map((value) => ({ column, value, known: themeIds, what: UNKNOWN_ID.theme }));
  const conferenceRef = (value: string) => ({
    column: 'conference',
    value,
    known: conferenceIds,
    what: UNKNOWN_ID.conference,
  });

  // Theme references are checked only when a theme table is loaded.
  const checkThemes = themes.length > 0;
  const keptConferences = keep('conferences', conferences, (c) =>
    checkThemes ? themeRefs('themes', c.themes) : [],
  );
  const initiatives = keep('initiatives', tables.initiatives ?? [], (i) => [
    ...(checkThemes ? themeRefs('themes', i.themes) : []),
    conferenceRef(i.conference),
  ]).sort((a, b) => compareDates(a.date!, b.date!) || a.id.localeCompare(b.id));
  const initiativeIds = new Set(initiatives.map((i) => i.id));
  const participation = keep('participation', tables.participation ?? [], (p) => [
    conferenceRef(p.conference),
  ]);
  const claims = keep('claims', tables.claims ?? [], (c) => [conferenceRef(c.conference)]);
  const memberships = keep('memberships', tables.memberships ?? [], (m) => [
    { column: 'initiative', value: m.initiative, known: initiativeIds, what: UNKNOWN_ID.initiative },
  ]);
  const documents = keep('documents', tables.documents ?? [], (d) => [conferenceRef(d.conference)]);
  const documentIds = new Set(documents.map((d) => d.id));
  const themeMentions = keep('theme_mentions', tables.theme_mentions ?? [], (m) => [
    { column: 'document', value: m.document, known: documentIds, what: UNKNOWN_ID.document },
    ...(checkThemes ? themeRefs('theme', [m.theme]) : []),
  ]);
  const agendaThemes = keep('agenda_themes', tables.agenda_themes ?? [], (a) => [
    conferenceRef(a.conference),
    ...(checkThemes ? themeRefs('theme', [a.theme]) : []),
  ]);

  const names = keep('names', tables.names ?? [], (n) => [
    n.table === 'conferences'
      ? { column: 'id', value: n.id, known: conferenceIds, what: UNKNOWN_ID.conference }
      : { column: 'id', value: n.id, known: initiativeIds, what: UNKNOWN_ID.initiative },
  ]);

  const dataset: Dataset = {
    conferences: keptConferences,
    conferenceById: byId(keptConferences),
    participation,
    participationByConference: groupBy(participation, (p) => p.conference),
    claims,
    initiatives,
    initiativeById: byId(initiatives),
    memberships,
    themes,
    themeById: byId(themes),
    documents,
    documentById: byId(documents),
    themeMentions,
    agendaThemes,
    names,
  };
  return { dataset, issues };
}

/** A dataset with no rows, for the moment before anything has loaded. */
export function emptyDataset(): Dataset {
  return buildDataset({}).dataset;
}
