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
 * One problem found in user input. Errors reject their row; warnings keep it.
 * `line` is the file's own line number (the header is line 1); 0 means the whole file.
 */
export interface Issue {
  /** The file the issue is in, when several are read together. */
  file?: string;
  line: number;
  column?: string;
  value?: string;
  code: IssueCode;
  message: string;
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
  message: string,
  at: {
    line: number;
    column?: string;
    value?: string;
    suggestion?: string;
    replacement?: string;
    severity?: Severity;
  },
): Issue {
  const issue: Issue = { line: at.line, code, message, severity: at.severity ?? 'error' };
  if (at.column !== undefined) issue.column = at.column;
  if (at.value !== undefined) issue.value = at.value;
  if (at.suggestion !== undefined) issue.suggestion = at.suggestion;
  if (at.replacement !== undefined) issue.replacement = at.replacement;
  return issue;
}
