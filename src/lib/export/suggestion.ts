import { isHttpUrl, isIso3, ROLES } from '$lib/data';
import { t } from '$lib/i18n';
import { newIssueUrl } from '../project';
import { toCsv } from './toCsv';

/** What a reader suggests: a source placing a state at a conference. */
export interface Suggestion {
  conference: string;
  /** ISO3 of the state. */
  country: string;
  role: string;
  url: string;
  note: string;
}

/** The participation table's columns, in the bundled file's order. */
export const PARTICIPATION_COLUMNS = [
  'conference',
  'country',
  'organisation',
  'role',
  'level',
  'confidence',
  'delegate',
  'source',
  'note',
] as const;

/** The review rule a suggested row must meet, in English for the issue (the form says it in the page's language). */
export const REVIEW_RULE =
  'A row is added when its source is a public URL that says what the row says: that this state took part in this conference in this role.';

/** What is missing or wrong in a suggestion, by field, in the page's language (empty when it can be turned into a row). */
export function suggestionErrors(s: Suggestion): Partial<Record<keyof Suggestion, string>> {
  const errors: Partial<Record<keyof Suggestion, string>> = {};
  if (!s.conference) errors.conference = t('sources.suggest.error.conference');
  if (!isIso3(s.country)) errors.country = t('sources.suggest.error.country');
  if (!(ROLES as readonly string[]).includes(s.role))
    errors.role = t('sources.suggest.error.role', { roles: ROLES.join(', ') });
  const url = s.url.trim();
  if (!url) errors.url = t('sources.suggest.error.url');
  else if (!isHttpUrl(url) || /\s/.test(url)) errors.url = t('sources.suggest.error.http');
  return errors;
}

/**
 * The suggestion as CSV in the bundled participation format, header included, ready to paste
 * into data/participation.csv (pure). Level, confidence and delegate are left to the reviewer; the
 * note is the reader's own, on one line.
 */
export function suggestionCsv(s: Suggestion): string {
  const row: Record<string, string> = {
    conference: s.conference,
    country: s.country,
    organisation: '',
    role: s.role,
    level: '',
    confidence: '',
    delegate: '',
    source: s.url.trim(),
    note: s.note.replace(/\s+/g, ' ').trim(),
  };
  return toCsv([row], PARTICIPATION_COLUMNS).replace(/\r\n/g, '\n');
}

/** A link that opens a pre-filled issue on the project's repository with the row and the review rule. */
export function suggestionIssueUrl(s: Suggestion, names: { conference: string; country: string }): string {
  const title = `Source: ${names.country} at ${names.conference}`;
  const body = [
    `A public source placing ${names.country} at ${names.conference} (role: ${s.role}).`,
    '',
    `Source: ${s.url.trim()}`,
    '',
    'Row for data/participation.csv:',
    '',
    '```csv',
    suggestionCsv(s),
    '```',
    '',
    REVIEW_RULE,
  ].join('\n');
  return newIssueUrl(title, body);
}
