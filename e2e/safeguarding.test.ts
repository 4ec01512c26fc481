import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './browser.js';
import { dayOffset, fillDate, signedIn } from './shared.js';

const baseUrl = inject('baseUrl');
// Demo: ALP Leicester's Marcus Reid is on an active placement at Pathways Outdoor Learning; no concern or incident on him yet.
const PUPIL = 'Marcus Reid';
const SCHOOL = 'ALP Leicester';
const PROVIDER = 'Pathways Outdoor Learning';
const CATEGORY = 'Neglect';
const WHAT_HAPPENED = 'Marcus arrived without a coat in the rain for the third week running and said there was no food at home at the weekend.';
const UPDATE = 'Spoke to Femi Adeyemi (social worker), who will visit the family this week.';
const DECISION = 'Meeting with Marcus and Ms Reid before his next session; tool work supervised one-to-one until then.';
// Yesterday (in UTC, so never after today in England): the time of day then is always in the past.
const YESTERDAY = dayOffset(-1);

let browser: Browser;
beforeAll(async () => {
  browser = (await launchBrowser()).browser;
});
afterAll(async () => {
  await browser?.close();
});

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Menu' });
}

/** The headings of the pupil's chronology, oldest first. */
async function chronology(page: Page): Promise<string[]> {
  return page.locator('ol.app-timeline > li h3').allTextContents();
}

async function summaryValue(page: Page, key: string): Promise<string> {
  const row = page.locator('.govuk-summary-list__row').filter({ has: page.locator('.govuk-summary-list__key', { hasText: key }) });
  return (await row.locator('.govuk-summary-list__value').textContent()) ?? '';
}

/** The provider's DSL raises a concern (first leaving out its urgency), and returns the concern's id. */
async function raiseConcern(provider: Page): Promise<string> {
  await menu(provider).getByRole('link', { name: 'Safeguarding', exact: true }).click();
  await provider.getByRole('heading', { name: 'Safeguarding concerns' }).waitFor();
  await provider.getByRole('link', { name: 'Raise a concern' }).click();
  await provider.getByRole('heading', { name: 'Raise a safeguarding concern' }).waitFor();

  await provider.getByLabel('Pupil').selectOption({ label: `${PUPIL} (${SCHOOL})` });
  await provider.getByLabel('What is the concern about?').selectOption({ label: CATEGORY });
  await provider.getByLabel('What happened?').fill(WHAT_HAPPENED);
  await fillDate(provider, 'Date it happened or was disclosed', YESTERDAY);
  await provider.getByLabel('Time it happened').fill('09:40');
  await provider.getByLabel('Actions taken so far (optional)').fill('Gave Marcus a spare coat and breakfast; told the school’s DSL by phone.');
  await provider.getByRole('button', { name: 'Raise concern' }).click();

  const summary = provider.locator('.govuk-error-summary');
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await summary.getByRole('link', { name: 'Select how urgent the concern is' }).waitFor();
  expect(await provider.locator('.govuk-error-message').allTextContents()).toEqual([expect.stringContaining('Select how urgent the concern is')]);

  await provider.getByRole('radio', { name: 'Today' }).check();
  await provider.getByRole('button', { name: 'Raise concern' }).click();
  await provider.getByText('Concern raised. The other organisation’s DSLs have been told.').waitFor();
  await provider.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
  expect(await summaryValue(provider, 'What happened')).toContain(WHAT_HAPPENED);
  expect(await summaryValue(provider, 'Urgency')).toContain('Today');
  expect(await chronology(provider)).toEqual([`Concern raised: ${CATEGORY}`]);
  const id = /\/safeguarding\/([^/?#]+)$/.exec(new URL(provider.url()).pathname)?.[1];
  expect(id, 'the concern’s page').toBeDefined();
  return decodeURIComponent(id!);
}

/** The school's DSL finds the concern awaiting acknowledgement, acknowledges it and adds an update. */
async function acknowledgeAndUpdate(school: Page): Promise<void> {
  await menu(school).getByRole('link', { name: 'Safeguarding', exact: true }).click();
  await school.getByRole('heading', { name: 'Safeguarding concerns' }).waitFor();
  const row = school.getByRole('row').filter({ has: school.getByRole('link', { name: PUPIL }) });
  await row.waitFor();
  expect(await row.textContent()).toContain(PROVIDER);
  expect(await row.getByText('Acknowledge', { exact: true }).count()).toBe(1);

  await row.getByRole('link', { name: PUPIL }).click();
  await school.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
  await school.getByRole('button', { name: 'Acknowledge concern' }).click();
  await school.getByText('Concern acknowledged').waitFor();
  await expect.poll(() => school.getByRole('button', { name: 'Acknowledge concern' }).count()).toBe(0);

  await school.getByLabel('Add an update').fill(UPDATE);
  await school.getByRole('button', { name: 'Add update' }).click();
  await school.getByText('Update added').waitFor();
  await expect.poll(() => chronology(school)).toEqual([`Concern raised: ${CATEGORY}`, `Acknowledged: ${CATEGORY}`, `Update: ${CATEGORY}`]);
  expect(await school.locator('ol.app-timeline').textContent()).toContain(UPDATE);
  await school.screenshot({ path: path.join(SCREENSHOTS, 'safeguarding-concern-chronology.png'), fullPage: true });
}

/** Pathways staff report a serious incident from Marcus's placement page. */
async function reportIncident(staff: Page): Promise<void> {
  await menu(staff).getByRole('link', { name: 'Placements', exact: true }).click();
  await staff.getByRole('link', { name: PUPIL }).click();
  await staff.getByRole('link', { name: 'Report a serious behaviour incident' }).click();
  await staff.getByRole('heading', { name: 'Report a behaviour incident' }).waitFor();
  await fillDate(staff, 'Date it happened', YESTERDAY);
  await staff.getByLabel('Time it happened').fill('13:15');
  await staff.getByRole('radio', { name: 'High' }).check();
  await staff.getByLabel('What happened?').fill('Marcus threw a hand axe towards another pupil during the shelter build after an argument. It missed; nobody was hurt.');
  await staff.getByLabel('What action did you take?').fill('Tools collected and the group stopped; Marcus calmed down with his instructor, and Ms Reid collected him early.');
  await staff.getByRole('button', { name: 'Report incident' }).click();
  await staff.getByText(`Incident reported to ${SCHOOL}`).waitFor();
  await staff.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
  expect(await summaryValue(staff, 'School’s decision')).toContain('Not decided yet');
}

/** ALP Leicester's AP lead decides the school's response. */
async function decideIncident(school: Page): Promise<void> {
  await menu(school).getByRole('link', { name: 'Incidents', exact: true }).click();
  await school.getByRole('heading', { name: 'Behaviour incidents' }).waitFor();
  const row = school.getByRole('row').filter({ has: school.getByRole('link', { name: PUPIL }) });
  await row.waitFor();
  expect(await row.textContent()).toContain('Awaiting decision');
  await row.getByRole('link', { name: PUPIL }).click();

  await school.getByRole('heading', { name: PUPIL, level: 1 }).waitFor();
  expect(await summaryValue(school, 'Severity')).toContain('High');
  await school.getByLabel('Course of action decided').fill(DECISION);
  await school.getByRole('button', { name: 'Record decision' }).click();
  await school.getByText('Decision recorded').waitFor();
  await expect.poll(() => summaryValue(school, 'School’s decision')).toContain(DECISION);
  await expect.poll(() => school.getByLabel('Course of action decided').count()).toBe(0);
  await school.screenshot({ path: path.join(SCREENSHOTS, 'safeguarding-incident-decision.png'), fullPage: true });

  await school.getByRole('link', { name: 'Back to behaviour incidents' }).click();
  await expect.poll(async () => (await row.textContent()) ?? '').toContain('Decided');
}

describe('safeguarding', () => {
  let concernId: string;

  it('the provider’s DSL raises a concern; the school’s DSL acknowledges it and adds an update, in one chronology', async () => {
    const provider = await signedIn(browser, `${baseUrl}/provider/`, 'dsl@pathways.example');
    concernId = await raiseConcern(provider);

    const school = await signedIn(browser, `${baseUrl}/`, 'dsl@alp-leicester.example');
    await acknowledgeAndUpdate(school);

    // The provider's DSL sees the school's acknowledgement and update in the same chronology.
    await provider.reload();
    await expect.poll(() => chronology(provider)).toEqual([`Concern raised: ${CATEGORY}`, `Acknowledged: ${CATEGORY}`, `Update: ${CATEGORY}`]);
  });

  it('the headteacher, who is not the DSL, has no safeguarding page and is refused the concern', async () => {
    expect(concernId, 'a concern raised by the previous test').toBeDefined();
    const head = await signedIn(browser, `${baseUrl}/`, 'head@alp-leicester.example');
    await menu(head).getByRole('link', { name: 'Home' }).waitFor();
    expect(await menu(head).getByRole('link', { name: 'Safeguarding', exact: true }).count()).toBe(0);

    await head.goto(`${baseUrl}/safeguarding/${encodeURIComponent(concernId)}`);
    await head.getByRole('heading', { name: 'You do not have permission to see this page' }).waitFor();
    expect(await head.getByRole('heading', { name: PUPIL }).count()).toBe(0);
    expect(await head.locator('main').textContent()).not.toContain(WHAT_HAPPENED);
  });

  it('provider staff report a serious behaviour incident; the school’s AP lead records the school’s decision', async () => {
    const staff = await signedIn(browser, `${baseUrl}/provider/`, 'staff@pathways.example');
    await reportIncident(staff);

    const apLead = await signedIn(browser, `${baseUrl}/`, 'ap.lead@alp-leicester.example');
    await decideIncident(apLead);

    // The provider sees what the school decided.
    await staff.reload();
    await expect.poll(() => summaryValue(staff, 'School’s decision')).toContain(DECISION);
  });
});
