/**
 * `npx tsx bench/profile.ts [--query '?view=…'] [--top 30]`: loads the built app (dist/) once in
 * Chromium with the DevTools CPU profiler on, until the map is drawn, and prints the functions with
 * the most self time and the time per script. Build with `npx vite build --minify false` first for
 * readable names. A tool for finding what to optimise; the figures that count are `npm run bench`'s.
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/lib/chromium';
import { startStaticServer } from '../scripts/lib/staticServer';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    query: { type: 'string', default: '' },
    top: { type: 'string', default: '30' },
    selector: { type: 'string', default: 'figure[data-chart="map"] svg [data-iso3]' },
  },
});
const server = await startStaticServer({ root: 'dist' });
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}${values.query}`);
  await page.locator(values.selector).first().waitFor();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const bySelf = new Map<string, number>();
  const byScript = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || frame.functionName;
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    bySelf.set(key, (bySelf.get(key) ?? 0) + ms);
    byScript.set(file, (byScript.get(file) ?? 0) + ms);
  });
  const print = (map: Map<string, number>, n: number): void => {
    for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  };
  console.log('Self time by function:');
  print(bySelf, Number(values.top));
  console.log('\nTime by script:');
  print(byScript, 10);
} finally {
  await browser.close();
  await server.close();
}
