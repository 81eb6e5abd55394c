// The data model: one spec per table (columns, checks), and the row type each gives.
import { claimsSpec, conferencesSpec } from './specsConferences';
import { initiativesSpec, membershipsSpec } from './specsInitiatives';
import { namesSpec } from './specsNames';
import { participationSpec } from './specsParticipation';
import { agendaThemesSpec, aliasesSpec, documentsSpec, themeMentionsSpec, themesSpec } from './specsTexts';
import type { RowOf, TableKind } from './tableSpec';

export * from './tableSpec';
export { claimsSpec, conferencesSpec } from './specsConferences';
export { initiativesSpec, membershipsSpec } from './specsInitiatives';
export { NAME_LANGS, namesSpec, type NameLang } from './specsNames';
export { participationSpec } from './specsParticipation';
export { agendaThemesSpec, aliasesSpec, documentsSpec, themeMentionsSpec, themesSpec } from './specsTexts';

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
  aliases: aliasesSpec,
  names: namesSpec,
} as const satisfies Record<TableKind, unknown>;

export type Conference = RowOf<typeof conferencesSpec>;
export type Claim = RowOf<typeof claimsSpec>;
export type Participation = RowOf<typeof participationSpec>;
export type Initiative = RowOf<typeof initiativesSpec>;
export type Membership = RowOf<typeof membershipsSpec>;
export type Theme = RowOf<typeof themesSpec>;
export type DocumentRow = RowOf<typeof documentsSpec>;
export type ThemeMention = RowOf<typeof themeMentionsSpec>;
export type AgendaTheme = RowOf<typeof agendaThemesSpec>;
export type Alias = RowOf<typeof aliasesSpec>;
export type OfficialNameRow = RowOf<typeof namesSpec>;

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
  aliases: Alias;
  names: OfficialNameRow;
}
