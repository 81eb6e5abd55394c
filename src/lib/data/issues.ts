import type { MessageKey, Params } from '$lib/i18n';

/** Stable, kebab-case ids for every problem a file or a row can have; tests assert on these. */
export type IssueCode =
  | 'empty-file'
  | 'binary-file'
  | 'file-too-large'
  | 'invalid-json'
  | 'unknown-table'
  | 'too-many-columns'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'unclosed-quote'
  | 'too-many-fields'
  | 'too-few-fields'
  | 'required'
  | 'invalid-slug'
  | 'invalid-number'
  | 'invalid-date'
  | 'ambiguous-date'
  | 'date-order'
  | 'invalid-url'
  | 'invalid-enum'
  | 'invalid-colour'
  | 'unknown-country'
  | 'unknown-reference'
  | 'ambiguous-reference'
  | 'no-source'
  | 'duplicate-id'
  | 'duplicate-row'
  | 'missing-actor'
  | 'formula-like'
  | 'html-like'
  | 'cancelled';

export type Severity = 'error' | 'warning';

/**
 * What a reader is told, as a message of the catalogues and the values of its placeholders: plain
 * data, so that it crosses from the loader's worker to the page as it is, and is written in words
 * only when shown, in the page's language (see messageOf; English in the CLIs and the tests).
 */
export interface Said {
  key: MessageKey;
  params?: Params;
}

/**
 * One problem found in user input. Errors reject their row; warnings keep it.
 * `line` is the file's own line number (the header is line 1); 0 means the whole file.
 * What is wrong and what to do is `key` with its `params` (messageOf writes it).
 */
export interface Issue extends Said {
  /** The file the issue is in, when several are read together. */
  file?: string;
  line: number;
  column?: string;
  value?: string;
  code: IssueCode;
  severity: Severity;
  suggestion?: string;
  /**
   * The value that would fix the cell, when there is exactly one: "apply all suggestions" writes it
   * in place of `value` (`suggestion` says the same for a reader, e.g. "Germany (DEU)" for "DEU").
   */
  replacement?: string;
}

/** Builds an issue, leaving out optional fields that are undefined. */
export function makeIssue(
  code: IssueCode,
  said: Said,
  at: {
    line: number;
    column?: string;
    value?: string;
    suggestion?: string;
    replacement?: string;
    severity?: Severity;
  },
): Issue {
  const issue: Issue = { line: at.line, code, key: said.key, severity: at.severity ?? 'error' };
  if (said.params !== undefined) issue.params = said.params;
  if (at.column !== undefined) issue.column = at.column;
  if (at.value !== undefined) issue.value = at.value;
  if (at.suggestion !== undefined) issue.suggestion = at.suggestion;
  if (at.replacement !== undefined) issue.replacement = at.replacement;
  return issue;
}
