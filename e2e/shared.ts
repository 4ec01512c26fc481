import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'ap-demo-password-2026';

/** A new browser context signed in as a demo user. */
export async function signedIn(browser: Browser, url: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, url, email);
  return page;
}

export async function signIn(page: Page, url: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('active-organisation').waitFor();
}

export async function switchTo(page: Page, organisationName: string): Promise<void> {
  await page.getByRole('link', { name: 'Switch organisation' }).click();
  await page.getByLabel(organisationName).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => page.getByTestId('active-organisation').textContent()).toContain(organisationName);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

/** Day, month and year boxes of a date `days` from today. */
export function dayOffset(days: number): [string, string, string] {
  const date = new Date(Date.now() + days * 86_400_000);
  return [String(date.getUTCDate()), String(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
}

/** Fills the GOV.UK date input whose fieldset is named `group`. */
export async function fillDate(page: Page, group: string, [day, month, year]: [string, string, string]): Promise<void> {
  const fields = page.getByRole('group', { name: group });
  await fields.getByLabel('Day').fill(day);
  await fields.getByLabel('Month').fill(month);
  await fields.getByLabel('Year').fill(year);
}

/**
 * Opens a link found in a list that may still be re-rendering (results replaced as a query
 * answers): going to its address cannot be lost the way a click on a replaced element can.
 */
export async function follow(page: Page, link: Locator): Promise<void> {
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`link without an address: ${await link.textContent()}`);
  await page.goto(new URL(href, page.url()).toString());
}
