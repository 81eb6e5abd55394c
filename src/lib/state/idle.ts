/**
 * Calls `run` when the browser has a quiet moment, at the latest after `timeout` ms (after a short
 * pause where there is no requestIdleCallback, as in Safari); returns what cancels it.
 */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 200);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(run, { timeout });
  return () => cancelIdleCallback(idle);
}
