import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { artifactsDir } from './constants';

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type BrowserHarness = {
  /** A page in a fresh browser context (no cookies), at a desktop size. */
  newPage: () => Promise<Page>;
  baseUrl: string;
};

/**
 * One Chromium per test file; a fresh context per page so sessions never leak between tests.
 * Uncaught page errors and console errors fail the test (network 4xx logs are expected and ignored).
 */
export function useBrowser(): BrowserHarness {
  const baseUrl = inject('baseUrl');
  let browser: Browser | null = null;
  let contexts: BrowserContext[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: launchArgs });
  });

  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    const found = problems;
    problems = [];
    expect(found, 'the page logged errors').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    baseUrl,
    newPage: async () => {
      if (!browser) throw new Error('The browser is not running.');
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 } });
      context.setDefaultTimeout(15_000);
      context.setDefaultNavigationTimeout(30_000);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        // The browser logs every non-2xx response (a 401 from /auth/me before sign-in, a blocked logo).
        if (text.startsWith('Failed to load resource')) return;
        problems.push(`console.error: ${text}`);
      });
      return page;
    },
  };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const file = new URL(name, artifactsDir).pathname;
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
