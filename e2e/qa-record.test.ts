import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from './browser.js';
import { dayOffset, fillDate, follow, signedIn } from './shared.js';

const baseUrl = inject('baseUrl');
const CERTIFICATE = { name: 'certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };
const DMBC_CRITERIA = [
  'SG1 Safeguarding and child protection',
  'SR1 Safer recruitment and suitability of staff',
  'INS1 Insurance',
  'HS1 Health, safety and premises',
  'BH1 Behaviour and physical intervention',
  'AT1 Attendance recording and reporting',
  'DP1 Data protection',
  'CP1 Complaints',
  'QE1 Quality of education and curriculum offer',
];

let browser: Browser;
beforeAll(async () => {
  browser = (await launchBrowser()).browser;
});
afterAll(async () => {
  await browser?.close();
});

async function uploadEvidence(page: Page, title: string, details: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('link', { name: `Renew ${title}` }).click();
  await page.getByLabel('Upload a file').setInputFiles(CERTIFICATE);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Evidence details' }).waitFor();
  await details(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your answers before adding this evidence' }).waitFor();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByText(new RegExp(`${title}: version \\d+ added`)).waitFor();
}

describe('the shared QA record, end to end', () => {
  it('provider uploads evidence; the LA verifies, assesses and approves; a school in another LA sees it all', async () => {
    const provider = await signedIn(browser, `${baseUrl}/provider/`, 'manager@bridgepark.example');
    await provider.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'QA record' }).click();
    await provider.getByRole('navigation', { name: 'QA record' }).getByRole('link', { name: 'Evidence' }).click();
    await provider.getByRole('heading', { name: 'Evidence', level: 1 }).waitFor();
    await uploadEvidence(provider, 'Employers’ liability insurance', async (page) => {
      await page.getByLabel('Insurer').fill('Pennine Mutual Insurance');
      await fillDate(page, 'Start date', dayOffset(-20));
      await fillDate(page, 'Expiry or review date (optional)', dayOffset(345));
      await page.getByLabel('Amount of cover').fill('10,000,000');
    });
    await provider.getByRole('link', { name: 'Back to evidence' }).click();
    await uploadEvidence(provider, 'Written confirmation of staff checks', async (page) => {
      await fillDate(page, 'Start date', dayOffset(-10));
      await page.getByLabel('Which edition of Keeping children safe in education (KCSIE) do the checks follow?').fill('2025');
      await page
        .getByLabel('We will tell commissioning schools and local authorities about anything that may put a child at risk, such as staff changes')
        .check();
    });

    const la = await signedIn(browser, `${baseUrl}/`, 'qa@doncaster-la.example');
    await la.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Find a provider' }).click();
    await la.getByRole('link', { name: 'Bridge Park School' }).click();
    await la.getByRole('navigation', { name: 'Provider record' }).getByRole('link', { name: 'Evidence' }).click();
    await la.getByRole('button', { name: 'Verify Employers’ liability insurance' }).click();
    await la.getByText(/Employers’ liability insurance \(version \d+\) verified by City of Doncaster Council/).waitFor();
    await la.getByRole('button', { name: 'Verify Written confirmation of staff checks' }).click();
    await la.getByText(/Written confirmation of staff checks \(version \d+\) verified by City of Doncaster Council/).waitFor();

    await la.getByRole('navigation', { name: 'Provider record' }).getByRole('link', { name: 'Approvals and assessments' }).click();
    await la.getByRole('link', { name: 'Start an assessment on the DMBC QA Framework' }).click();
    await la.getByRole('button', { name: 'Start assessment' }).click();
    await la.getByRole('heading', { name: 'Assessment of Bridge Park School' }).waitFor();
    for (const criterion of DMBC_CRITERIA) {
      await la.getByRole('link', { name: `Rate ${criterion}` }).click();
      await la.getByRole('radio', { name: 'Green' }).check();
      await la.getByRole('button', { name: 'Save rating' }).click();
      await la.getByRole('heading', { name: 'Assessment of Bridge Park School' }).waitFor();
    }
    await la.getByRole('link', { name: 'Record a QA visit' }).click();
    await la.getByLabel('Notes (optional)').fill('Annual visit: policies seen, staff spoken to, site toured.');
    await la.getByRole('button', { name: 'Record visit' }).click();
    await la.getByText('QA visit recorded').waitFor();
    await la.getByRole('link', { name: 'Complete assessment' }).click();
    await la.getByRole('radio', { name: 'Green' }).check();
    await la.getByRole('button', { name: 'Complete assessment' }).click();
    await la.getByText('Assessment completed: green').waitFor();
    await la.getByRole('link', { name: 'Decide approval' }).click();
    await la.getByRole('radio', { name: 'Approved' }).check();
    await la.getByRole('button', { name: 'Continue' }).click();
    await la.getByRole('heading', { name: 'Check your decision before recording it' }).waitFor();
    await la.getByRole('button', { name: 'Record decision' }).click();
    await la.getByText('Bridge Park School is approved on the DMBC QA Framework').waitFor();

    const school = await signedIn(browser, `${baseUrl}/`, 'head@dormston.example');
    await school.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Find a provider' }).click();
    await school.getByLabel('Area').selectOption({ label: 'City of Doncaster Council' });
    await school.getByLabel('Approved on').selectOption({ label: 'DMBC QA Framework (City of Doncaster Council)' });
    await school.getByRole('button', { name: 'Search' }).click();
    const row = school.getByRole('row', { name: /Bridge Park School/ });
    await expect.poll(() => row.textContent()).toMatch(/Approved.*DMBC QA Framework/s);
    await school.getByRole('link', { name: 'Bridge Park School' }).click();
    await school.getByRole('heading', { name: 'At a glance' }).waitFor();
    await school.getByRole('navigation', { name: 'Provider record' }).getByRole('link', { name: 'Evidence' }).click();
    const insurance = school.getByRole('table', { name: 'Insurance' }).getByRole('row', { name: /Employers’ liability insurance/ });
    await expect.poll(() => insurance.textContent()).toMatch(/Current.*City of Doncaster Council/s);
    await school.getByRole('navigation', { name: 'Provider record' }).getByRole('link', { name: 'Approvals and assessments' }).click();
    await expect.poll(() => school.getByRole('table', { name: 'Current approvals' }).textContent()).toMatch(/DMBC QA Framework.*Approved/s);
    await school.screenshot({ path: path.join(SCREENSHOTS, 'school-portal-provider-approvals.png'), fullPage: true });
  });

  it('shows evidence past its expiry as expired to the provider, the LA and schools alike', async () => {
    const pathwaysRow = (page: Page) => page.getByRole('row', { name: /First aid/ }).first();
    const provider = await signedIn(browser, `${baseUrl}/provider/`, 'manager@pathways.example');
    await provider.goto(`${baseUrl}/provider/qa/evidence`);
    await expect.poll(() => pathwaysRow(provider).textContent()).toContain('Expired');

    for (const email of ['qa@dudley-la.example', 'head@levett.example']) {
      const reader = await signedIn(browser, `${baseUrl}/`, email);
      await reader.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Find a provider' }).click();
      await follow(reader, reader.getByRole('link', { name: 'Pathways Outdoor Learning' }));
      await reader.getByRole('heading', { level: 1, name: 'Pathways Outdoor Learning' }).waitFor();
      await reader.getByRole('navigation', { name: 'Provider record' }).getByRole('link', { name: 'Evidence' }).click();
      await expect.poll(() => pathwaysRow(reader).textContent()).toContain('Expired');
    }
  });
});
