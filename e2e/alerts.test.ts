import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './browser.js';
import { signedIn } from './shared.js';

const baseUrl = inject('baseUrl');
// Demo: Oakfield's Ty Hodgson (looked after, social worker Mark Ellison) attends Bridge Park School full time, dual-registered.
const PUPIL = 'Ty Hodgson';
const SOCIAL_WORKER = 'Mark Ellison';

/** The latest weekday on or before `from` (the demo marks sessions up to two school days ago, not these). */
function latestWeekday(from = new Date()): string {
  const date = new Date(from);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The school day before `day`. */
function schoolDayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return latestWeekday(date);
}

const CSV_ROW = /^[A-Z]\d{11}[0-9A-Z],\d{4}-\d{2}-\d{2},(AM|PM),(B|K|D|C2|I|M|E|O|N|R|Y1|C)$/;

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

    // A week of mixed marks: the day before, Ty was late in the morning and off ill in the afternoon.
    const dayBefore = schoolDayBefore(latestWeekday());
    await provider.goto(`${baseUrl}/provider/attendance?date=${dayBefore}&view=day`);
    await provider.getByLabel(new RegExp(`^Mark for ${PUPIL}, .* AM$`)).selectOption('LATE');
    await provider.getByLabel(new RegExp(`^Minutes late, ${PUPIL}, .* AM$`)).fill('20');
    await provider.getByLabel(new RegExp(`^Mark for ${PUPIL}, .* PM$`)).selectOption('ABSENT');
    await provider.getByLabel(new RegExp(`^Reason for absence, ${PUPIL}, .* PM$`)).selectOption('ILLNESS');
    await provider.getByRole('button', { name: 'Save attendance' }).click();
    await provider.getByText(/Attendance saved for/).waitFor();

    // The school's MIS export for the week carries the national register codes.
    await school.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'AP attendance' }).click();
    await school.getByRole('button', { name: 'Create export' }).click();
    const [download] = await Promise.all([school.waitForEvent('download'), school.getByRole('link', { name: /^Download / }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    const [header, ...lines] = Buffer.concat(chunks).toString('utf8').trim().split(/\r?\n/);
    expect(header).toBe('UPN,date,session,code');
    for (const line of lines) expect(line).toMatch(CSV_ROW);
    const rows = lines.map((line) => line.split(','));
    const upn = rows.find(([, date, session, code]) => date === latestWeekday() && session === 'AM' && code === 'N')?.[0];
    expect(upn, 'the absence with no reason yet is N').toBeDefined();
    const tyOn = (date: string) => rows.filter(([rowUpn, rowDate]) => rowUpn === upn && rowDate === date).map(([, , session, code]) => `${session} ${code}`);
    // Ty is dual-registered at Bridge Park, so his attended (here late) session is D, not B.
    expect(tyOn(dayBefore)).toEqual(['AM D', 'PM I']);
  });
});
