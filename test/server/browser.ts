/**
 * Real headless Chromium for the web app's tests: Debian's chromium driven by playwright-core (no
 * browser download), a new empty profile each time, and nothing that talks to the network on its own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { whenMissing } from '../services.ts';

const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Says (or, with CI=true, fails) that the browser tests of `suite` need Chromium, when it is missing. */
export function needChromium(suite: string): void {
  whenMissing(haveChromium ? [] : [`no Chromium at ${CHROMIUM} (apt-get install chromium)`], suite, 'needs Chromium', 'the browser tests');
}

export interface Chromium {
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** Chromium with a fresh, empty user-data-dir, a laptop-sized window and a Chinese locale. */
export async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'budgetlens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page of `browser` whose script errors and console errors are appended to `errors` (a test expects none). */
export async function pageLoggingErrors(browser: Chromium, errors: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return page;
}
