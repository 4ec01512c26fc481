import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './browser.js';
import { signedIn } from './shared.js';

const baseUrl = inject('baseUrl');
// Demo: Oakfield's Ty Hodgson (looked after, social worker Mark Ellison) attends Bridge Park School full time.
const PUPIL = 'Ty Hodgson';
const SOCIAL_WORKER = 'Mark Ellison';

/** The latest weekday up to today (a session the provider can mark without a correction reason the first time). */
function latestWeekday(): string {
  const date = new Date();
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

let browser: Browser;
beforeAll(async () => {
  browser = (await launchBrowser()).browser;
});
afterAll(async () => {
  await browser?.close();
});

describe('absence alerts', () => {
  it('the provider marks a pupil absent; the school portal shows the alert without a reload, flagged, and the school handles it', async () => {
    const school = await signedIn(browser, `${baseUrl}/`, 'attendance@oakfield.example');
    const panel = school.getByTestId('live-absence-alerts');
    await panel.getByRole('heading', { name: 'Absences to handle' }).waitFor();
    await expect.poll(() => panel.getByRole('link', { name: PUPIL }).count()).toBe(0);

    const provider = await signedIn(browser, `${baseUrl}/provider/`, 'manager@bridgepark.example');
    await provider.goto(`${baseUrl}/provider/attendance?date=${latestWeekday()}&view=day`);
    await provider.getByLabel(new RegExp(`^Mark for ${PUPIL}, .* AM$`)).selectOption('ABSENT');
    await provider.getByLabel(new RegExp(`^Reason for absence, ${PUPIL}, .* AM$`)).selectOption('REASON_NOT_YET_KNOWN');
    await provider.getByRole('button', { name: 'Save attendance' }).click();
    await provider.getByText(/Attendance saved for/).waitFor();

    // The school's page was never reloaded: the live stream brought the alert in.
    const alertLink = panel.getByRole('link', { name: PUPIL });
    await alertLink.waitFor({ timeout: 10_000 });
    expect(await panel.textContent()).toContain(`Social worker ${SOCIAL_WORKER}`);
    await school.screenshot({ path: path.join(SCREENSHOTS, 'absence-alert-live.png'), fullPage: true });

    await alertLink.click();
    await school.getByRole('heading', { name: 'Handle an absence' }).waitFor();
    expect(await school.getByText(`Tell ${SOCIAL_WORKER}, the pupil’s social worker`).count()).toBe(1);
    await school.getByLabel('What did you do?').fill(`Rang the foster carer; told ${SOCIAL_WORKER}.`);
    await school.getByLabel('I have informed the social worker').check();
    await school.getByRole('button', { name: 'Mark as handled' }).click();

    await school.getByText(`Absence of ${PUPIL} handled`).waitFor();
    const row = school.getByRole('row').filter({ hasText: PUPIL }).first();
    expect(await row.textContent()).toContain('Handled by');
    expect(await row.textContent()).toContain('Worker informed');
  });
});
