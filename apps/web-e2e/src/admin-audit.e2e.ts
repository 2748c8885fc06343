import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot, signIn } from './support/browser.js';

describe('admin: users and the audit log', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'admin@oneday.test');
    await page.waitForURL('**/admin/users');
  });
  afterAll(() => browser.close());

  it('lists the accounts of every role', async () => {
    await page.getByRole('cell', { name: 'patient@oneday.test' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'admin-users');
  });

  it('shows sign-ins and reads, and filters the denied ones', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'login' }).first().waitFor();
    // A failed sign-in of our own, so there is a denied event to filter for.
    await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(input: { email: "nobody@oneday.test", password: "x" }) { token } }',
      }),
    });
    await page.getByLabel('Outcome').selectOption('DENIED');
    await page.waitForFunction(() => {
      const badges = Array.from(document.querySelectorAll('tbody .badge'));
      return badges.length > 0 && badges.every((b) => b.textContent === 'denied');
    });
    await screenshot(page, 'admin-audit');
  });
});
