/** The shortest window the timeline zooms to: about two weeks, enough to tell a conference's days. */
export const MIN_WINDOW_MS = 14 * 864e5;

/**
 * Zooms a time window by `factor` (below 1 zooms in) around the point at `anchor` (0 = left edge,
 * 1 = right edge), keeping that point where it is on screen.
 */
export function zoomWindow([a, b]: [Date, Date], factor: number, anchor: number): [Date, Date] {
  const span = b.getTime() - a.getTime();
  const next = Math.max(MIN_WINDOW_MS, span * factor);
  const pivot = a.getTime() + span * Math.min(1, Math.max(0, anchor));
  const start = pivot - next * anchor;
  return [new Date(start), new Date(start + next)];
}

/** Moves a window by `fraction` of its own width (negative = earlier). */
export function panWindow([a, b]: [Date, Date], fraction: number): [Date, Date] {
  const shift = (b.getTime() - a.getTime()) * fraction;
  return [new Date(a.getTime() + shift), new Date(b.getTime() + shift)];
}

/** The years a window covers, for the URL (`span=2011~2015`): its first year and the year of its last instant. */
export function spanOfWindow([a, b]: [Date, Date]): [number, number] {
  return [a.getUTCFullYear(), new Date(Math.max(a.getTime(), b.getTime() - 1)).getUTCFullYear()];
}

/** The window a span of years names: 1 January of the first to the end of the last. `[2011, 2015]` → 2011-01-01…2016-01-01. */
export function windowOfSpan([first, last]: [number, number]): [Date, Date] {
  return [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))];
}
