/**
 * Builds the app (unless E2E_PREBUILT=1, when `npm test` has just built it), serves dist/ under a
 * sub-path on a free port, and starts one Chromium that every test file connects to.
 */
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../scripts/lib/chromium';
import { startStaticServer } from '../../scripts/lib/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.E2E_PREBUILT !== '1') {
    // Vitest sets NODE_ENV=test, and Vite then builds as not-production (Svelte in dev mode, other
    // chunks): build what `npm run build` builds.
    const was = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    await build({ logLevel: 'warn' });
    process.env.NODE_ENV = was;
  }
  const server = await startStaticServer({ root: 'dist' });
  const browser = await launchChromiumServer();
  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
