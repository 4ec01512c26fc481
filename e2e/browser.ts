import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');

/** Debian's chromium, headless, with no background network traffic; Playwright gives it a fresh temporary profile. */
export async function launchBrowser(): Promise<{ browser: Browser; newContext: () => Promise<BrowserContext> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return { browser, newContext: () => browser.newContext({ viewport: { width: 1280, height: 900 } }) };
}
