import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './browser.js';
import { dayOffset, fillDate, signedIn } from './shared.js';

const baseUrl = inject('baseUrl');
// Northfield's policy needs a written plan (rationale, objectives, duration, review arrangements):
// signing is refused until the test completes it; then Aisha (no EHC plan, not looked after, no behaviour risk assessment) at
// Bridge Park School (a registered school) raises no blocking finding.
const PUPIL = 'Aisha Begum';
const PROVIDER = 'Bridge Park School';

let browser: Browser;
beforeAll(async () => {
  browser = (await launchBrowser()).browser;
});
afterAll(async () => {
  await browser?.close();
});

async function openTask(page: Page, task: string): Promise<void> {
  await page.getByRole('link', { name: task, exact: true }).click();
}

async function taskStatus(page: Page, task: string): Promise<string> {
  return (await page.getByRole('listitem').filter({ has: page.getByRole('link', { name: task, exact: true }) }).textContent()) ?? '';
}

/** The school AP lead refers the pupil, from their record to a started draft. */
async function refer(school: Page): Promise<void> {
  await school.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Pupils' }).click();
  await school.getByRole('link', { name: PUPIL }).click();
  await school.getByRole('link', { name: 'Refer for a placement' }).click();

  await school.getByRole('heading', { name: 'Reason and legal basis' }).waitFor();
  await school.getByRole('radio', { name: 'Behavioural support' }).check();
  await school.getByRole('radio', { name: 'Other placement arranged by the school' }).check();
  await school.getByRole('button', { name: 'Continue' }).click();

  await school.getByLabel('What has the school already tried?').fill('Mentoring twice a week and a reduced timetable for six weeks: attendance rose, then fell again.');
  await school.getByLabel('How was the parent or carer involved in the decision?').fill('Met Mrs Begum on 3 March; she supports a part-time placement.');
  await school.getByLabel('What are the pupil’s views?').fill('Aisha wants to try somewhere smaller and hands-on.');
  await school.getByRole('button', { name: 'Continue' }).click();

  await school.getByLabel('Search for a provider').fill('Bridge Park');
  await school.getByRole('button', { name: 'Search' }).click();
  // The unfiltered list stays on screen until the search answers: wait for the matching list.
  await school.getByRole('group', { name: 'Providers matching “Bridge Park”' }).waitFor();
  await school.getByRole('radio', { name: PROVIDER }).check();
  await school.getByRole('button', { name: 'Continue' }).click();
  await school.getByRole('checkbox', { name: 'Main site' }).check();
  await school.getByRole('button', { name: 'Continue' }).click();

  await school.getByRole('heading', { name: 'Check your answers before starting the referral' }).waitFor();
  await expect.poll(() => school.locator('.govuk-summary-list').textContent()).toMatch(/Behavioural support.*Bridge Park School.*Main site/s);
  await school.getByRole('button', { name: 'Start referral' }).click();
  await school.getByText('Referral started').waitFor();
}

/** The plan (all but its objectives) and the agreement with its timetable. */
async function planAndAgree(school: Page): Promise<void> {
  await openTask(school, 'Personalised plan');
  await school.getByLabel('Rationale').fill('A smaller, practical setting two days a week to re-engage Aisha with learning.');
  await school.getByLabel('Assessment and monitoring').fill('Weekly attendance from the provider; half-termly reviews with Aisha and her mother.');
  await school.getByLabel('Reintegration route').fill('Full return to Northfield timetable by the summer term.');
  await school.getByLabel('Readiness to reintegrate').fill('90% attendance for six weeks and no internal exclusions.');
  await school.getByRole('button', { name: 'Save plan' }).click();
  await school.getByText('Personalised plan saved').waitFor();

  expect(await taskStatus(school, 'Personalised plan')).toContain('In progress');

  await openTask(school, 'Agreement');
  await fillDate(school, 'Start date', dayOffset(14));
  await fillDate(school, 'Proposed end date (optional)', dayOffset(100));
  for (const session of ['Tuesday morning', 'Tuesday afternoon', 'Thursday morning']) {
    await school.getByRole('checkbox', { name: session }).check();
  }
  await school.getByLabel('End time for Thursday morning').fill('12:30');
  await expect.poll(() => school.locator('#timetable-total').textContent()).toContain('8.5 hours a week');
  await school.getByLabel('Cost (optional)').fill('45');
  await school.getByRole('radio', { name: 'Per session' }).check();
  await school.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-placement-agreement.png'), fullPage: true });
  await school.getByRole('button', { name: 'Save agreement' }).click();
  await school.getByText('Agreement saved').waitFor();
}

/** Northfield's policy needs the plan's intended outcomes before anyone signs: add the objective. */
async function addObjective(school: Page): Promise<void> {
  await school.getByRole('link', { name: 'Add an objective' }).click();
  await school.getByLabel('What should improve?').fill('Attend every timetabled session');
  await school.getByLabel('Baseline').fill('Attendance 71% last half term');
  await school.getByLabel('Target', { exact: true }).fill('95% attendance');
  await school.getByLabel('How will progress be measured?').fill('Session attendance recorded by the provider');
  await school.getByLabel('Timeframe').fill('By the end of term');
  await school.getByRole('button', { name: 'Save objective' }).click();
  await school.getByText('Objective 1 saved').waitFor();
  expect(await taskStatus(school, 'Personalised plan')).toContain('Completed');
}

/** The school sends the referral, signs for itself once the plan is complete, and records the parent's paper signature. */
async function sendAndSign(school: Page): Promise<void> {
  await expect.poll(() => taskStatus(school, 'Send to provider')).toContain('Not yet started');
  await school.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-placement-task-list.png'), fullPage: true });
  await openTask(school, 'Send to provider');
  await school.getByLabel('What does the provider need to know about the pupil’s needs and risks?').fill('Works best with clear routines; anxious in large groups.');
  await school.getByText(/City of Doncaster Council is told about the placement automatically/).waitFor();
  await school.getByRole('button', { name: 'Send referral' }).click();
  await school.getByText(`Referral sent to ${PROVIDER}`).waitFor();

  // Without objectives the written plan is incomplete: a blocking finding, and signing is refused saying why.
  await school.getByRole('heading', { name: 'Written plan incomplete' }).waitFor();
  await openTask(school, 'Signatures');
  const declaration = school.getByLabel(/I have read version 1 of the agreement and agree to it on behalf of Northfield Academy/);
  await declaration.check();
  await school.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect.poll(() => school.locator('.govuk-error-summary').textContent()).toContain('Written plan incomplete');
  await school.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-placement-blocked.png'), fullPage: true });

  await school.getByRole('link', { name: 'Back to the placement' }).click();
  await addObjective(school);
  await openTask(school, 'Signatures');
  await declaration.check();
  await school.getByRole('button', { name: 'Sign the agreement' }).click();
  await school.getByText('Signed for Northfield Academy').waitFor();
  await school.getByLabel('Name of the parent or carer').fill('Rukhsana Begum');
  await school.getByLabel('Relationship to the pupil (optional)').fill('Mother');
  await fillDate(school, 'Date they signed the paper agreement', dayOffset(0));
  await school.getByRole('button', { name: 'Record signature' }).click();
  await school.getByText('The parent’s or carer’s signature is recorded').waitFor();
}

describe('a placement, from referral to agreement', () => {
  it('the school refers, plans, agrees terms, sends and signs; the provider reads the shared summary and signs; it is agreed', async () => {
    const school = await signedIn(browser, `${baseUrl}/`, 'ap.lead@northfield.example');
    await refer(school);
    const placementUrl = school.url();
    expect(placementUrl).toMatch(/\/placements\/[0-9a-f-]{36}$/);
    await planAndAgree(school);
    await sendAndSign(school);

    const provider = await signedIn(browser, `${baseUrl}/provider/`, 'manager@bridgepark.example');
    await provider.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Placements' }).click();
    await provider.getByRole('link', { name: PUPIL }).first().click();
    await provider.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
    const shared = provider.locator('.govuk-summary-list').filter({ hasText: 'Emergency contact' });
    await expect.poll(() => shared.textContent()).toMatch(/Year 9.*Works best with clear routines.*Rukhsana Begum \(mother\)/s);
    await provider.screenshot({ path: path.join(SCREENSHOTS, 'provider-portal-placement.png'), fullPage: true });
    await provider.getByRole('link', { name: 'Sign the agreement' }).click();
    await provider.getByLabel(/agree to it on behalf of Bridge Park School/).check();
    await provider.getByRole('button', { name: 'Sign the agreement' }).click();
    await provider.getByText('Signed for Bridge Park School').waitFor();
    await expect.poll(() => provider.locator('.govuk-tag').first().textContent()).toBe('Agreed');

    await provider.getByRole('link', { name: 'Print the agreement' }).click();
    await provider.getByRole('heading', { name: 'Alternative provision agreement' }).waitFor();
    await expect.poll(() => provider.locator('.app-agreement-print').textContent()).toMatch(/Rukhsana Begum.*Mother/s);
    await provider.screenshot({ path: path.join(SCREENSHOTS, 'provider-portal-agreement-print.png'), fullPage: true });

    await school.goto(placementUrl);
    await school.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
    await expect.poll(() => school.locator('.govuk-tag').first().textContent()).toBe('Agreed');
    await school.getByRole('link', { name: 'Start placement' }).waitFor();
    await school.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-placement-agreed.png'), fullPage: true });
  });
});
