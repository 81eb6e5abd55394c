/**
 * The page's main-thread tasks, from a Chromium trace: every task the renderer's main thread ran,
 * with its start and duration, and the user-timing marks the page made, on one clock. Used to find
 * the longest task between two marks.
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

export interface MainThreadTrace {
  /** Time of a user-timing mark, in ms on the trace's clock. */
  mark(name: string): number;
  /** The longest task (ms) that overlaps [from, to] (ms on the trace's clock). */
  longestTask(from: number, to: number): number;
}

/** Records a trace of `page` while `work` runs. */
export async function traceMainThread(
  browser: Browser,
  page: Page,
  work: () => Promise<void>,
): Promise<MainThreadTrace> {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
  try {
    await work();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  // The page's main thread is the thread its marks (named lpa-…) were made on.
  const anyMark = traceEvents.find((e) => e.name.startsWith('lpa-'));
  if (!anyMark) throw new Error('the trace holds none of the page’s marks');
  const { pid, tid } = anyMark;
  const tasks = traceEvents.filter(
    (e) =>
      e.pid === pid &&
      e.tid === tid &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      e.ph === 'X' &&
      e.dur !== undefined,
  );
  return {
    mark(name) {
      const event = traceEvents.find((e) => e.name === name && e.pid === pid);
      if (!event) throw new Error(`no mark ${name} in the trace`);
      return event.ts / 1000;
    },
    longestTask(from, to) {
      let longest = 0;
      for (const t of tasks) {
        const start = t.ts / 1000;
        const end = start + t.dur! / 1000;
        if (end >= from && start <= to) longest = Math.max(longest, t.dur! / 1000);
      }
      return longest;
    },
  };
}
