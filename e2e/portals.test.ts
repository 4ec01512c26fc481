import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './browser.js';
import { signIn, signOut, switchTo } from './shared.js';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');

let browser: Browser;
let newPage: () => Promise<Page>;

beforeAll(async () => {
  const launched = await launchBrowser();
  browser = launched.browser;
  newPage = async () => (await launched.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('school portal', () => {
  it('signs in, shows home, switches organisation, signs out', async () => {
    const page = await newPage();
    await signIn(page, `${baseUrl}/`, 'ap.lead@levett.example');
    expect(await page.getByTestId('active-organisation').textContent()).toContain('The Levett School');
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    await switchTo(page, 'Northfield Academy');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-home.png'), fullPage: true });
    await signOut(page);
  });

  it('shows a clear error for a wrong password, the GOV.UK way', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Email address').fill('head@oakfield.example');
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter a correct email address and password');
  });

  it('lets a head invite a member who accepts from the e-mailed link and lands signed in', async () => {
    const page = await newPage();
    await signIn(page, `${baseUrl}/`, 'head@dormston.example');
    await page.getByRole('link', { name: 'My organisation' }).first().click();
    await page.getByRole('heading', { name: 'Dormston School' }).first().waitFor();
    await page.getByRole('button', { name: 'Invite a member' }).or(page.getByRole('link', { name: 'Invite a member' })).first().click();
    const email = `new.senco.${Date.now()}@dormston.example`;
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('SENCo').check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.locator('body').textContent()).toContain(email);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-invitation-sent.png'), fullPage: true });

    const link = await linkFromOutbox(email, /http\S+accept-invitation\?token=[\w-]+/);
    const invitee = await newPage();
    await invitee.goto(link);
    await invitee.getByLabel('Full name').fill('Nadia Hussain');
    await invitee.getByLabel('Create a password').fill('harbour-velvet-orchid-83');
    await invitee.getByRole('button', { name: 'Accept invitation' }).click();
    await expect.poll(() => invitee.getByTestId('active-organisation').textContent()).toContain('Dormston School');
  });
});

describe('provider portal', () => {
  it('signs in, shows home, switches organisation, signs out', async () => {
    const page = await newPage();
    await signIn(page, `${baseUrl}/provider/`, 'manager@pathways.example');
    expect(await page.getByTestId('active-organisation').textContent()).toContain('Pathways Outdoor Learning');
    await switchTo(page, 'Brightside Tutoring');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'provider-portal-home.png'), fullPage: true });
    await signOut(page);
  });
});

async function linkFromOutbox(to: string, pattern: RegExp): Promise<string> {
  const dir = path.join(dataDir, 'outbox');
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((name) => name.includes(to)) : undefined;
    if (file) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const match = pattern.exec(text);
      if (match) return match[0];
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no e-mail to ${to}`);
}
