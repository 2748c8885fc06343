import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn } from './support/browser.js';

describe('Cancer Conference: submit, agenda, meeting, report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('physician: submits a case, and a staging error keeps everything typed', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    await signIn(page, 'physician@oneday.test');
    await page.waitForURL('**/cases');
    await page.getByRole('link', { name: 'Submit a case' }).click();
    const form = page.getByRole('form', { name: 'Case' });
    await form.getByLabel('Patient MRN').fill('MRN-100009');
    await form.getByLabel('Primary site').fill('Left breast');
    await form.getByLabel('Histology').fill('Invasive lobular carcinoma');
    await form.getByLabel('Clinical M').fill('cM1');
    await form.getByLabel('Stage group').fill('IIA');
    await form.getByLabel('Marker 1 name').fill('ER');
    await form.getByLabel('Marker 1 value').fill('POSITIVE');
    await form
      .getByLabel('Question for the board')
      .fill('Bone-only metastatic disease: endocrine therapy plus CDK4/6 inhibitor?');
    await form.getByRole('button', { name: 'Submit case' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toBe(
      'Distant metastasis (M1) means stage IV.',
    );
    expect(await form.getByLabel('Stage group').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Question for the board').inputValue()).toContain('Bone-only');
    await screenshot(page, 'physician-submit-error');
    await form.getByLabel('Stage group').fill('IV');
    await form.getByRole('button', { name: 'Submit case' }).click();
    await page.getByRole('heading', { name: /Ellen Novak/ }).waitFor();
    await page.close();
  });

  it('coordinator: builds the agenda, records attendance and the recommendation', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    await signIn(page, 'coordinator@oneday.test');
    await page.waitForURL('**/clinic/book');
    await page.getByRole('link', { name: 'Conference', exact: true }).click();
    await page.getByRole('link', { name: 'Breast Cancer Conference' }).click();
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await page
      .getByLabel('Case to add')
      .selectOption({ label: 'Ellen Novak: Invasive lobular carcinoma (routine)' });
    await page.getByRole('button', { name: 'Add to agenda' }).click();
    await page.getByRole('button', { name: 'Ellen Novak', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Propose order' }).click();
    for (const name of [
      'Dr. Priya Raman (Breast surgeon)',
      'Dr. Daniel Cho (Medical oncologist)',
    ]) {
      await page.getByLabel('Specialist attending').selectOption({ label: name });
      await page.getByRole('button', { name: 'Record attendance' }).click();
      await page
        .getByRole('listitem')
        .filter({ hasText: name.split(' (')[0] })
        .first()
        .waitFor();
    }
    const meeting = page.getByRole('region', { name: /^Presenting 1 of 3/ });
    await meeting.waitFor();
    await meeting
      .getByLabel('Consensus plan')
      .fill('Neoadjuvant endocrine therapy, then breast-conserving surgery.');
    await meeting.getByLabel('systemic therapy').check();
    await meeting.getByRole('button', { name: 'Add follow-up' }).click();
    await screenshot(page, 'coordinator-meeting');
    await meeting.getByRole('button', { name: 'Record recommendation' }).click();
    await meeting.getByRole('note').waitFor();
    expect(await meeting.getByRole('note').textContent()).toContain(
      'Neoadjuvant endocrine therapy',
    );
    await page.close();
  });

  it('moves everyone in the meeting to the next case live', async () => {
    const chair = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const surgeon = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(chair, 'coordinator@oneday.test');
    await chair.waitForURL('**/clinic/book');
    await signIn(surgeon, 'physician@oneday.test');
    await surgeon.waitForURL('**/cases');
    for (const page of [chair, surgeon]) {
      await page.getByRole('link', { name: 'Conference', exact: true }).click();
      await page.getByRole('link', { name: 'Breast Cancer Conference' }).click();
      await page.getByRole('heading', { name: /^Presenting 1 of 3/ }).waitFor();
    }
    await new Promise((r) => setTimeout(r, 500));
    await chair.getByRole('button', { name: 'Next case →' }).click();
    await surgeon.getByRole('heading', { name: /^Presenting 2 of 3/ }).waitFor({ timeout: 10_000 });
    await Promise.all([chair.close(), surgeon.close()]);
  });

  it('shows the CoC 2.5 report with a chart and exports it as CSV', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'admin@oneday.test');
    await page.waitForURL('**/admin/users');
    await page.getByRole('link', { name: 'CoC report' }).click();
    await page.getByRole('rowheader', { name: 'Cases presented' }).waitFor();
    expect(await page.getByRole('row', { name: /Cases presented/ }).textContent()).toContain('1');
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await screenshot(page, 'admin-coc-report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n')[0].trim()).toBe('measure,value,from,to');
    expect(csv).toContain('Cases presented,1,');
    await page.close();
  });
});
