import type { ThemeMatch } from './analyse';

/** A keyword in its context: the words before, the match itself, the words after. */
export interface KeywordInContext {
  before: string;
  match: string;
  after: string;
  /** True when the context was cut short at the start or end (the UI shows an ellipsis). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/**
 * The text around a match, about `radius` characters each side, cut at word boundaries and with
 * runs of white space collapsed. keywordInContext("… of cyber crime in …", m) → {before: "of",
 * match: "cyber crime", after: "in"}.
 */
export function keywordInContext(text: string, match: ThemeMatch, radius = 60): KeywordInContext {
  let from = Math.max(0, match.start - radius);
  let to = Math.min(text.length, match.end + radius);
  // Move inward to the nearest space so no word is cut in half.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < match.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > match.end) to = space;
  }
  const tidy = (s: string): string => s.replace(/\s+/g, ' ');
  return {
    before: tidy(text.slice(from, match.start)).trimStart(),
    match: tidy(text.slice(match.start, match.end)),
    after: tidy(text.slice(match.end, to)).trimEnd(),
    clippedBefore: from > 0,
    clippedAfter: to < text.length,
  };
}
