import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { upnFromDigits } from '../server/src/pupils/upn.js';
import { launchBrowser, SCREENSHOTS } from './browser.js';
import { signedIn } from './shared.js';

const baseUrl = inject('baseUrl');
// Dormston School (LAESTAB 332 4044) is walked by no other browser test: its six demo pupils include one looked after (Ethan Mills),
// and its demo policy requires full-time education in total, a baseline for every objective and a final report, with one visit a term.
const LAESTAB = '3324044';
/** A UPN Dormston could issue; "99" as the year issued keeps it clear of the demo pupils' UPNs. */
const dormstonUpn = (serial: number) => upnFromDigits(`${LAESTAB}99${String(serial).padStart(3, '0')}`);
/** A UPN whose check letter is wrong: the right one for these digits is B. */
const MISTYPED_UPN = 'A801200005001';
/** Born in March this many years ago: a secondary-age pupil in any school year. */
const bornYear = String(new Date().getUTCFullYear() - 13);

let browser: Browser;
beforeAll(async () => {
  browser = (await launchBrowser()).browser;
});
afterAll(async () => {
  await browser?.close();
});

const menuLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name });
const errorSummary = (page: Page) => page.locator('.govuk-error-summary');
const pupilsFound = (page: Page) => page.getByRole('status').filter({ hasText: /found$/ }).textContent();

/** The error summary lists `message` as a link to `#field`, and the field's own group shows it inline. */
async function expectLinkedError(page: Page, field: string, message: string): Promise<void> {
  const link = errorSummary(page).getByRole('link', { name: message });
  await link.waitFor();
  expect(await link.getAttribute('href')).toBe(`#${field}`);
  const group = page.locator('.govuk-form-group--error').filter({ has: page.locator(`[id="${field}"]`) });
  await expect.poll(() => group.locator('.govuk-error-message').textContent()).toContain(message);
}

async function searchPupils(page: Page, text: string): Promise<void> {
  await page.getByLabel('Name or UPN').fill(text);
  await page.getByRole('button', { name: 'Search' }).click();
}

/** The AP lead narrows the roll by a flag and by a search, and sees the list change each time. */
async function filterTheRoll(school: Page): Promise<void> {
  await menuLink(school, 'Pupils').click();
  await school.getByRole('heading', { name: 'Pupils', level: 1 }).waitFor();
  await expect.poll(() => pupilsFound(school)).toBe('6 pupils found');

  await school.getByRole('checkbox', { name: 'Looked after', exact: true }).check();
  await school.getByRole('button', { name: 'Search' }).click();
  await expect.poll(() => pupilsFound(school)).toBe('1 pupil found');
  const table = school.getByRole('table', { name: 'Pupils' });
  expect(await table.getByRole('link').allTextContents()).toEqual(['Ethan Mills']);

  await school.getByRole('link', { name: 'Clear filters' }).click();
  await expect.poll(() => pupilsFound(school)).toBe('6 pupils found');
  await searchPupils(school, 'preet');
  await expect.poll(() => pupilsFound(school)).toBe('1 pupil found');
  expect(await table.getByRole('link').allTextContents()).toEqual(['Preet Kaur']);
  await school.getByRole('link', { name: 'Clear filters' }).click();
  await expect.poll(() => pupilsFound(school)).toBe('6 pupils found');
}

/** A mistyped UPN and a 30 February are each caught with a linked error; put right, the pupil is added. */
async function addPupil(school: Page): Promise<void> {
  await school.getByRole('link', { name: 'Add a pupil' }).click();
  await school.getByRole('heading', { name: 'Add a pupil' }).waitFor();
  await school.getByLabel('UPN (unique pupil number)').fill(MISTYPED_UPN);
  await school.getByLabel('Legal forename').fill('Tobias');
  await school.getByLabel('Legal surname').fill('Fairbairn');
  const dateOfBirth = school.getByRole('group', { name: 'Date of birth' });
  await dateOfBirth.getByLabel('Day').fill('30');
  await dateOfBirth.getByLabel('Month').fill('2');
  await dateOfBirth.getByLabel('Year').fill(bornYear);
  await school.getByRole('radio', { name: 'Male', exact: true }).check();
  await school.getByLabel('Year group').selectOption({ label: 'Year 8' });
  await school.getByRole('button', { name: 'Add pupil' }).click();

  // The form finds the impossible date itself; the API finds the wrong check letter.
  await expectLinkedError(school, 'dateOfBirth', 'Date of birth must be a real date');
  await errorSummary(school).getByRole('link', { name: 'Date of birth must be a real date' }).click();
  await expect.poll(() => school.evaluate(() => document.activeElement?.id)).toBe('dateOfBirth');
  await dateOfBirth.getByLabel('Day').fill('14');
  await dateOfBirth.getByLabel('Month').fill('3');
  await school.getByRole('button', { name: 'Add pupil' }).click();
  const upnMessage = 'Enter a real UPN: its first letter does not match the rest, so check it for typing mistakes';
  await expectLinkedError(school, 'upn', upnMessage);
  expect(await errorSummary(school).getByRole('link').count()).toBe(1);
  await school.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-pupil-errors.png'), fullPage: true });

  await school.getByLabel('UPN (unique pupil number)').fill(dormstonUpn(901));
  await school.getByRole('button', { name: 'Add pupil' }).click();
  await school.getByRole('heading', { name: 'Tobias Fairbairn', level: 1 }).waitFor();
  expect(school.url()).toMatch(/\/pupils\/[0-9a-f-]{36}$/);
  await school.getByText('Tobias Fairbairn added').waitFor();
  await expect.poll(() => school.locator('.govuk-summary-list').textContent()).toContain(dormstonUpn(901));
}

/** Two good rows and one bad: nothing is imported until the lead chooses to skip the bad row. */
async function importPupils(school: Page): Promise<void> {
  await menuLink(school, 'Pupils').click();
  await school.getByRole('link', { name: 'Import from your MIS' }).click();
  await school.getByRole('heading', { name: 'Import pupils from your MIS' }).waitFor();
  const csv = [
    'UPN,Legal Surname,Legal Forename,DOB,Sex,Year',
    `${dormstonUpn(902)},Quayle,Nadia,05/09/${bornYear},F,8`,
    `${dormstonUpn(903)},Tarrant,Owen,21/01/${bornYear},M,Y8`,
    `${MISTYPED_UPN},Vickers,Zac,12/06/${bornYear},X,8`,
  ].join('\n');
  await school.getByLabel('Upload a CSV file').setInputFiles({ name: 'dormston-pupils.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await school.getByRole('button', { name: 'Check and import' }).click();

  await school.getByText('Nothing has been imported: 1 row of 3 cannot be imported.').waitFor();
  const rejected = school.getByRole('table', { name: 'Rows with problems' });
  const rows = rejected.getByRole('row').filter({ hasText: MISTYPED_UPN });
  expect(await rows.count()).toBe(1);
  expect(await rows.getByRole('cell').first().textContent()).toBe('4');
  await expect.poll(() => rows.textContent()).toMatch(/Enter a real UPN.*Sex/s);
  expect(await rejected.getByRole('row').count()).toBe(2);
  await school.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-pupil-import-report.png'), fullPage: true });

  await school.getByRole('button', { name: 'Import the 2 valid rows and skip 1' }).click();
  const banner = school.getByRole('alert').filter({ hasText: 'Success' });
  await banner.getByText('2 pupils added and 0 pupils updated').waitFor();
  expect(await banner.textContent()).toContain('1 row was skipped');
  await school.getByRole('table', { name: 'Rows skipped' }).waitFor();

  await menuLink(school, 'Pupils').click();
  await expect.poll(() => pupilsFound(school)).toBe('9 pupils found');
  await searchPupils(school, `${LAESTAB}99`);
  await expect.poll(() => pupilsFound(school)).toBe('3 pupils found');
  const names = await school.getByRole('table', { name: 'Pupils' }).getByRole('link').allTextContents();
  expect(names).toEqual(['Tobias Fairbairn', 'Nadia Quayle', 'Owen Tarrant']);
}

/** The headteacher reads Dormston's policy, is stopped by an out-of-range value, then saves two visits a term. */
async function changePolicy(head: Page): Promise<void> {
  await menuLink(head, 'AP policy').click();
  await head.getByRole('heading', { name: 'AP policy', level: 1 }).waitFor();
  const requirements = head.locator('.govuk-summary-card').filter({ hasText: 'Requirements of every placement' });
  await expect.poll(() => requirements.textContent()).toMatch(/Full-time education in total across settings\s*Yes/);
  expect(await requirements.textContent()).toMatch(/A baseline for every objective\s*Yes/);
  expect(await requirements.textContent()).toMatch(/A final report with the pupil’s view when a placement ends\s*Yes/);
  const cadences = head.locator('.govuk-summary-card').filter({ hasText: 'Cadences and targets' });
  expect(await cadences.textContent()).toMatch(/School visits\s*1 visit a term/);

  await head.getByRole('link', { name: 'Change cadences and targets' }).click();
  await head.getByRole('heading', { name: 'Change your AP policy' }).waitFor();
  const visits = head.getByLabel('School visits to each pupil per term');
  expect(await visits.inputValue()).toBe('1');
  await visits.fill('13');
  await head.getByRole('button', { name: 'Save policy' }).click();
  await expectLinkedError(head, 'visitsPerTerm', 'Visits per term must be a whole number between 0 and 12');

  await visits.fill('2');
  await head.getByRole('button', { name: 'Save policy' }).click();
  await head.getByText('AP policy saved').waitFor();
  await expect.poll(() => cadences.textContent()).toMatch(/School visits\s*2 visits a term/);
  expect(await requirements.textContent()).toMatch(/Full-time education in total across settings\s*Yes/);
  await head.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-ap-policy.png'), fullPage: true });
}

/** Staff read the saved policy but have nothing to change it with. */
async function staffReadOnly(staff: Page): Promise<void> {
  await menuLink(staff, 'AP policy').click();
  await staff.getByRole('heading', { name: 'AP policy', level: 1 }).waitFor();
  const cadences = staff.locator('.govuk-summary-card').filter({ hasText: 'Cadences and targets' });
  await expect.poll(() => cadences.textContent()).toMatch(/School visits\s*2 visits a term/);
  expect(await staff.getByRole('link', { name: /^Change/ }).count()).toBe(0);

  await staff.goto(`${baseUrl}/policy/change`);
  await staff.getByRole('heading', { name: 'You do not have permission to see this page' }).waitFor();
  expect(await staff.getByRole('button', { name: 'Save policy' }).count()).toBe(0);
}

describe('pupils and the AP policy at Dormston School', () => {
  it('the AP lead filters the roll, adds a pupil after correcting mistakes, and imports a MIS file skipping its bad row', async () => {
    const school = await signedIn(browser, `${baseUrl}/`, 'ap.lead@dormston.example');
    await filterTheRoll(school);
    await addPupil(school);
    await importPupils(school);
  });

  it('the headteacher changes the AP policy; staff can read it but not change it', async () => {
    await changePolicy(await signedIn(browser, `${baseUrl}/`, 'head@dormston.example'));
    await staffReadOnly(await signedIn(browser, `${baseUrl}/`, 'staff@dormston.example'));
  });
});
