import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn } from './support/browser.js';

describe('coordinator: find and register patients', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'coordinator@oneday.test');
    await page.waitForURL('**/clinic/book');
    await page.getByRole('link', { name: 'Patients' }).click();
    await page.waitForURL('**/patients');
  });
  afterAll(() => browser.close());

  it('finds a patient by name', async () => {
    await page.getByLabel('Find a patient by name or MRN').fill('alvarez');
    await page.getByRole('cell', { name: 'MRN-100001' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'coordinator-patients');
  });

  it('shows the field that is wrong, keeps the form, then registers', async () => {
    await page.getByLabel('Find a patient by name or MRN').fill('');
    await page.getByRole('button', { name: 'Register patient' }).click();
    const form = page.getByRole('form', { name: 'Register patient' });
    await form.getByLabel('MRN').fill('x');
    await form.getByLabel('Given name').fill('Ana');
    await form.getByLabel('Family name').fill('Silva');
    await form.getByLabel('Birth date').fill('1979-03-14');
    await form.getByLabel('Interpreter').check();
    await form.getByRole('button', { name: 'Register' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('MRN must be 3 to 32');
    expect(await form.getByLabel('MRN').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Given name').inputValue()).toBe('Ana');
    await screenshot(page, 'coordinator-register-error');

    await form.getByLabel('MRN').fill('MRN-E2E-001');
    await form.getByRole('button', { name: 'Register' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByLabel('Find a patient by name or MRN').fill('silva');
    const row = page.getByRole('row', { name: /Silva, Ana/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Interpreter');
  });

  it('reads every case of the center', async () => {
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor();
    await page.locator('.case-card').first().waitFor();
    const names = await page.locator('.case-card h2').allTextContents();
    expect(names).toEqual(
      expect.arrayContaining(['Maria Alvarez', 'Linda Chen', 'Robert Johnson', 'Carlos Reyes']),
    );
  });
});
