import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './browser.js';
import { signedIn, switchTo } from './shared.js';

const baseUrl = inject('baseUrl');
// Demo: The Levett School's Connor Fletcher has been at Bridge Park School full time for 30 days (active, one objective,
// one school visit a week ago, no review or report yet). Levett's policy asks for termly reports.
const SCHOOL = 'The Levett School';
const PUPIL = 'Connor Fletcher';
const PROVIDER = 'Bridge Park School';
const OBJECTIVE = 'Manage conflict without physical aggression';

const englandDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The calendar date in England `days` from today, as YYYY-MM-DD. */
function dayInEngland(days: number): string {
  return englandDay.format(new Date(Date.now() + days * 86_400_000));
}

/** "4 January 2027", as the portals write a calendar date. */
function spelt(day: string): string {
  return longDate.format(new Date(`${day}T12:00:00Z`));
}

/** Fills the GOV.UK date input whose fieldset is named `group` with a YYYY-MM-DD date. */
async function fillDay(page: Page, group: string, day: string): Promise<void> {
  const [year, month, date] = day.split('-').map(Number);
  const fields = page.getByRole('group', { name: group });
  await fields.getByLabel('Day').fill(String(date));
  await fields.getByLabel('Month').fill(String(month));
  await fields.getByLabel('Year').fill(String(year));
}

const errorSummary = (page: Page) => page.locator('.govuk-error-summary');

let browser: Browser;
beforeAll(async () => {
  browser = (await launchBrowser()).browser;
});
afterAll(async () => {
  await browser?.close();
});

/** The Levett AP lead, in The Levett School (they are also a member of Northfield Academy). */
async function levettLead(): Promise<Page> {
  const school = await signedIn(browser, `${baseUrl}/`, 'ap.lead@levett.example');
  if (!(await school.getByTestId('active-organisation').textContent())?.includes(SCHOOL)) await switchTo(school, SCHOOL);
  return school;
}

async function openPlacement(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Placements' }).click();
  await page.getByRole('link', { name: PUPIL }).first().click();
  await page.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
}

/** The visit proforma: a "no" to parent contact without a reason is refused, then the reason is given. */
async function recordVisit(school: Page, visitedOn: string): Promise<void> {
  await school.getByRole('link', { name: 'Record a visit' }).click();
  await school.getByRole('heading', { name: 'Record a visit' }).waitFor();
  await fillDay(school, 'Date of the visit', visitedOn);
  await school.getByLabel('Time of the visit').fill('10:30');
  await school.getByLabel('Member of staff who visited').fill('Dana Whitfield');
  await school.getByLabel('Pupil’s class or tutor group (optional)').fill('10W');
  await school.getByLabel('Attendance at the provider so far, % (optional)').fill('96');
  await school.getByRole('group', { name: 'Were any safeguarding concerns raised?' }).getByRole('radio', { name: 'No' }).check();
  await school.getByLabel('Behaviour and welfare (optional)').fill('Calm all morning; used the time-out card once.');
  await school.getByLabel('Progress (optional)').fill('Finished the bricklaying unit; functional skills maths entry level 3.');
  await school.getByLabel('Actions for the provision (optional)').fill('Invite Mrs Fletcher to the construction showcase.');
  await school.getByRole('group', { name: 'Has the parent or carer been contacted?' }).getByRole('radio', { name: 'No' }).check();
  await school.getByRole('button', { name: 'Record visit' }).click();
  await expect.poll(() => errorSummary(school).textContent()).toContain('Enter why the parent or carer was not contacted');

  await school.getByLabel('Why not?').fill('Mrs Fletcher was at work; a call is booked for Friday.');
  await school.getByRole('button', { name: 'Record visit' }).click();
  await school.getByText('Visit recorded').waitFor();
  await school.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
}

/** The printable record of the visit just recorded, laid out like the proforma. */
async function checkVisitRecord(school: Page, visitedOn: string): Promise<void> {
  const row = school.getByRole('row').filter({ hasText: 'Invite Mrs Fletcher to the construction showcase.' });
  await row.getByRole('link').click();
  await school.getByRole('heading', { name: `Visit to ${PUPIL}` }).waitFor();
  const record = school.getByRole('region', { name: 'AP visit proforma' });
  const field = (label: string) => record.locator('.app-record__field').filter({ has: school.getByText(label, { exact: true }) }).locator('dd');
  await expect.poll(() => field('Learner name').textContent()).toBe(PUPIL);
  expect(await field('Class').textContent()).toBe('10W');
  expect(await field('Placement name').textContent()).toBe(PROVIDER);
  expect(await field('Date and time of visit').textContent()).toBe(`${spelt(visitedOn)} at 10:30am`);
  expect(await field('Staff member').textContent()).toBe('Dana Whitfield');
  expect(await field('Attendance').textContent()).toBe('96%');
  expect(await field('Safeguarding concerns (recorded separately)').textContent()).toBe('No');
  expect(await field('Parent or carer contact').textContent()).toBe('No: Mrs Fletcher was at work; a call is booked for Friday.');
  expect(await field('Actions for provision').textContent()).toBe('Invite Mrs Fletcher to the construction showcase.');
  await school.getByRole('button', { name: 'Print this record' }).waitFor();
  await school.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-visit-record.png'), fullPage: true });
  await school.getByRole('link', { name: 'Back to the placement' }).click();
  await school.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
}

/** A review with progress against the plan's objective; it continues, with the next review set. */
async function recordReview(school: Page, nextReviewOn: string): Promise<void> {
  await school.getByRole('link', { name: 'Record a review' }).click();
  await school.getByRole('heading', { name: 'Record a review' }).waitFor();
  await school.getByLabel('Who attended').fill(['Dana Whitfield (AP lead, school)', 'Bridge Park key worker (provider)', 'Tracy Fletcher (mother)', 'Connor'].join('\n'));
  await school.getByLabel(`1. ${OBJECTIVE}`).fill('No serious incidents in four weeks; one verbal disagreement resolved with the time-out card.');
  await school.getByLabel('The pupil’s views (optional)').fill('Connor wants to stay until the construction unit is finished.');
  await school.getByRole('radio', { name: 'Continue' }).check();
  await fillDay(school, 'Date of the next review (optional)', nextReviewOn);
  await school.getByRole('button', { name: 'Record review' }).click();
  await school.getByText('Review recorded').waitFor();

  const schedule = school.getByRole('region', { name: 'Monitoring' }).locator('.govuk-summary-list').first();
  await expect.poll(() => schedule.textContent()).toMatch(new RegExp(`Next review due\\s*${spelt(nextReviewOn)}`));
  const card = school.locator('.govuk-summary-card').filter({ hasText: `Review on ${spelt(dayInEngland(0))}` });
  await expect.poll(() => card.textContent()).toMatch(new RegExp(`Decision\\s*Continue.*${OBJECTIVE}\\s*No serious incidents in four weeks`, 's'));
}

/** The provider's termly report: attendance below 100% needs a commentary. */
async function writeTermlyReport(provider: Page): Promise<void> {
  await openPlacement(provider);
  await provider.getByRole('link', { name: /^Write a .*report$/ }).click();
  await provider.getByRole('heading', { name: 'Write a progress report' }).waitFor();
  await provider.getByLabel('Attendance this term, %').fill('94');
  await provider.getByLabel('Punctuality', { exact: true }).fill('On time every day but one (bus delay).');
  await provider.getByLabel('Attitude to learning', { exact: true }).fill('Keen in the workshop; needs prompting in maths.');
  await provider.getByLabel('Brief summary of skills covered', { exact: true }).fill('Bricklaying basics, site safety, functional skills maths.');
  await provider.getByLabel('Targets for next term', { exact: true }).fill('Complete the CSCS health and safety test.');
  await provider.getByRole('button', { name: 'Send report to the school' }).click();
  await expect.poll(() => errorSummary(provider).textContent()).toContain('Explain attendance below 100%');

  await provider.getByLabel('Attendance commentary').fill('Two sessions missed for a hospital appointment.');
  await provider.getByRole('button', { name: 'Send report to the school' }).click();
  await provider.getByText(`Termly report sent to ${SCHOOL}`).waitFor();
}

/** The school reads the report in its monitoring section and opens the printable record. */
async function readTermlyReport(school: Page): Promise<void> {
  await school.reload();
  const reports = school.getByRole('table', { name: 'Reports, newest period first' });
  await expect.poll(() => reports.textContent()).toMatch(/Termly.*94%/s);
  await reports.getByRole('link', { name: /view the termly report/ }).click();
  await school.getByRole('heading', { name: `Progress report on ${PUPIL}` }).waitFor();
  const sheet = school.getByRole('region', { name: 'AP termly review' });
  await expect.poll(() => sheet.textContent()).toMatch(
    /Learner name\s*Connor Fletcher.*Provision attended\s*Bridge Park School.*Attendance this term\s*94%.*Two sessions missed for a hospital appointment/s,
  );
  await school.getByRole('button', { name: 'Print this record' }).waitFor();
  await school.getByRole('link', { name: 'Back to the placement' }).click();
  await school.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
}

async function writeFinalReport(provider: Page): Promise<void> {
  await provider.getByRole('link', { name: 'Write the final report' }).click();
  await provider.getByRole('heading', { name: 'Write the final report' }).waitFor();
  await provider.getByLabel('Attendance over the placement, % (optional)').fill('95');
  await provider.getByLabel('Attainment and progress during the placement').fill('Bricklaying unit complete; maths entry level 3 passed.');
  await provider.getByLabel('Attendance record').fill('95% over the placement; absences all authorised.');
  await provider.getByLabel('Evidence of change in behaviour').fill('No serious incidents since week two; uses the time-out card.');
  await provider.getByLabel('The pupil’s view of the placement').fill('Connor says he is ready to go back and wants to keep construction.');
  await provider.getByRole('button', { name: 'Send final report to the school' }).click();
  await provider.getByText(`Final report sent to ${SCHOOL}`).waitFor();
}

/** The school ends the placement: refused until every objective has an outcome. */
async function endPlacement(school: Page): Promise<void> {
  await school.reload();
  await school.getByRole('link', { name: 'End placement' }).click();
  await school.getByRole('heading', { name: 'End the placement' }).waitFor();
  await school.getByLabel('Why did the placement end?').fill('Readiness criteria met: six weeks without a serious incident.');
  await school.getByRole('radio', { name: 'Returned to the home school' }).check();
  await school.getByRole('button', { name: 'End placement' }).click();
  await expect.poll(() => errorSummary(school).textContent()).toContain('Select the outcome of objective 1');

  await school.getByRole('group', { name: `1. ${OBJECTIVE}` }).getByRole('radio', { name: 'Achieved', exact: true }).check();
  await school.getByLabel('Evidence for objective 1 (optional)').fill('Incident log: none since week two.');
  await school.getByRole('button', { name: 'End placement' }).click();
  await school.getByText('Placement ended. The provider has been told.').waitFor();
  await expect.poll(() => school.locator('.govuk-tag').first().textContent()).toBe('Ended');

  const monitoring = school.getByRole('region', { name: 'Monitoring' });
  await expect.poll(() => monitoring.textContent()).toMatch(
    /Final report.*Attainment and progress\s*Bricklaying unit complete.*How the placement ended.*Destination\s*Returned to the home school/s,
  );
  const outcomes = school.getByRole('table', { name: 'Outcomes against the plan' });
  await expect.poll(() => outcomes.textContent()).toMatch(new RegExp(`${OBJECTIVE}\\s*Achieved\\s*Incident log: none since week two\\.`));
  expect(await school.getByRole('link', { name: 'End placement' }).count()).toBe(0);
  await school.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-placement-ended.png'), fullPage: true });
}

describe('monitoring a placement, from school visit to the ending', () => {
  it('the school visits and reviews; the provider reports; the school reads the reports and ends the placement', async () => {
    const school = await levettLead();
    await openPlacement(school);
    const yesterday = dayInEngland(-1);
    await recordVisit(school, yesterday);
    await checkVisitRecord(school, yesterday);
    await recordReview(school, dayInEngland(28));

    const provider = await signedIn(browser, `${baseUrl}/provider/`, 'manager@bridgepark.example');
    await writeTermlyReport(provider);
    await readTermlyReport(school);

    await writeFinalReport(provider);
    await endPlacement(school);
  });
});
