/**
 * What every browser test needs: a page in the shared Chromium, opened on the built app, with its
 * console errors and page errors collected so a test can assert there were none.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { connectChromium } from '../../scripts/lib/chromium';

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

/** Connects this test file to the shared browser; call once at the top of a spec file. */
export function useBrowser(): void {
  beforeAll(async () => {
    browser = await connectChromium(inject('wsEndpoint'));
  });
  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    await browser?.close();
  });
}

/** The absolute URL of the app with a query string, e.g. appUrl('?view=timeline'). */
export function appUrl(search = ''): string {
  return `${inject('baseUrl')}${search}`;
}

/** Opens the app at `search` in a fresh context and waits until the page has loaded. */
export async function openApp(search = '', options: BrowserContextOptions = {}): Promise<AppPage> {
  if (!browser) throw new Error('useBrowser() was not called in this file');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(appUrl(search), { waitUntil: 'load' });
  return { page, errors };
}

/** The current query string of the page, decoded ("?view=timeline"). */
export function searchOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).search);
}

/** Picks a CSV file in the "Your data" panel (which must be open), as a person would. */
export async function pickFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator('[data-drop-zone] input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}
