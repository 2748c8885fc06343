import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn } from './support/browser.js';

describe('clinical-trial eligibility review', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('physician: sees every criterion met, not met or unknown in words, and records the review', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, 'physician@oneday.test');
    await page.waitForURL('**/cases');
    await page.getByRole('link', { name: 'Maria Alvarez' }).click();
    await page.getByRole('link', { name: /Clinical-trial eligibility review/ }).click();
    const first = page.locator('article.trial-match').first();
    await first.waitFor();
    expect(await first.getByRole('heading', { level: 2 }).textContent()).toContain('1. ');
    expect(await first.locator('.badge').textContent()).toBe('Possibly eligible');
    expect(await first.getByRole('cell', { name: /^Met$/ }).count()).toBeGreaterThan(3);
    expect(await first.getByRole('cell', { name: /^Unknown$/ }).count()).toBe(1);
    await screenshot(page, 'physician-trial-matches');

    const form = first.getByRole('form');
    await form.getByLabel('Reason').fill('HR+/HER2- stage IIB; confirm no prior CDK4/6 inhibitor');
    await form.getByLabel('Interested', { exact: true }).check();
    await form.getByLabel('The patient agrees to be contacted by the research team').check();
    await form.getByRole('button', { name: 'Save review' }).click();
    await first.getByRole('note').waitFor();
    expect(await first.getByRole('note').textContent()).toContain('agrees to be contacted');
    await page.close();
  });

  it('coordinator: imports a ClinicalTrials.gov record and edits criteria with field errors', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, 'coordinator@oneday.test');
    await page.waitForURL('**/clinic/book');
    await page.getByRole('link', { name: 'Trials' }).click();
    await page.getByRole('cell', { name: /NCT03377387 Capecitabine/ }).waitFor();
    await page
      .getByLabel(/Study JSON/)
      .fill(readFileSync('apps/api/src/seed/data/NCT03377387.json', 'utf8'));
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('0 new, 1 updated, 0 rejected');

    await page.getByRole('button', { name: 'Edit criteria of NCT03377387' }).click();
    const editor = page.getByRole('form', { name: 'Edit criteria' });
    await editor.getByLabel('Lowest stage').fill('V');
    await editor.getByRole('button', { name: 'Save criteria' }).click();
    await editor.getByRole('alert').waitFor();
    expect(await editor.getByRole('alert').textContent()).toBe('Stage groups look like IIB.');
    expect(await editor.getByLabel('Lowest stage').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'coordinator-trials');
    await editor.getByLabel('Lowest stage').fill('IIIB');
    await editor.getByRole('button', { name: 'Save criteria' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.close();
  });
});
