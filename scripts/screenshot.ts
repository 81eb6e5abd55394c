/**
 * `npm run screenshot [-- --out FILE] [-- --query '?view=map&conference=seoul-2013'] [-- --width 1280]`
 * Builds the app, serves it, and saves a PNG of the page as a person sees it (default:
 * docs/screenshot.png, the README's picture).
 */
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launchChromium } from './lib/chromium';
import { startStaticServer } from './lib/staticServer';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshot.png' },
    query: { type: 'string', default: '' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    scheme: { type: 'string', default: 'light' },
    'full-page': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!values['no-build']) await build({ logLevel: 'warn' });
const server = await startStaticServer({ root: 'dist' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(values.width), height: Number(values.height) },
    colorScheme: values.scheme === 'dark' ? 'dark' : 'light',
    deviceScaleFactor: 1,
  });
  await page.goto(`${server.url}${values.query}`, { waitUntil: 'networkidle' });
  await page.locator('figure[data-chart] svg, [data-view-ready]').first().waitFor({ timeout: 15_000 });
  await page.screenshot({ path: values.out, fullPage: values['full-page'] });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  await server.close();
}
