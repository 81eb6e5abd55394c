/**
 * Launches Debian's Chromium through playwright-core (no browser download), with the flags this
 * machine needs: no sandbox (root in a container), no GPU, and no background networking.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function options(): LaunchOptions {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium`,
    );
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true };
}

/** Launches a browser for this process. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(options());
}

/** Launches a browser that other processes (test workers) connect to by its wsEndpoint. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(options());
}

/** Connects to a browser started by launchChromiumServer. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
