import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot, signIn } from './support/browser.js';

describe('signing in and out', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(() => page.close());

  it('sends an anonymous visitor to the sign-in page', async () => {
    await page.goto(`${baseUrl()}/patients`);
    await page.waitForURL('**/login');
    await screenshot(page, 'login');
  });

  it('shows one plain error for wrong credentials and keeps what was typed', async () => {
    await signIn(page, 'coordinator@oneday.test', 'not-the-password');
    await expectText(page.getByRole('alert'), 'Email or password is not correct.');
    expect(await page.getByLabel('Email').inputValue()).toBe('coordinator@oneday.test');
  });

  it.each([
    [
      'coordinator@oneday.test',
      '/clinic/book',
      'Book a same-day clinic',
      ['Book a clinic day', 'Board', 'Patients', 'Cases', 'Conference', 'Trials'],
    ],
    ['physician@oneday.test', '/cases', 'My cases', ['My cases', 'Conference', 'Trials']],
    // Maria's record says Spanish, so her pages open in Spanish.
    ['patient@oneday.test', '/my-day', 'Su día de clínica', ['Mi día']],
    ['admin@oneday.test', '/admin/users', 'Users', ['Users', 'Audit log', 'CoC report']],
  ])(
    'lands %s on their own workspace with only their navigation',
    async (email, path, heading, nav) => {
      await signIn(page, email);
      await page.waitForURL(`**${path}`);
      await expectText(page.getByRole('heading', { level: 1 }).first(), heading);
      const links = await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link')
        .allTextContents();
      expect(links).toEqual(nav);
    },
  );

  it('signs out and cannot go back in without signing in', async () => {
    await signIn(page, 'admin@oneday.test');
    await page.waitForURL('**/admin/users');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.goto(`${baseUrl()}/admin/users`);
    await page.waitForURL('**/login');
  });

  it('keeps a patient out of staff screens', async () => {
    await signIn(page, 'patient@oneday.test');
    await page.waitForURL('**/my-day');
    await page.goto(`${baseUrl()}/patients`);
    await page.waitForURL('**/my-day');
  });
});

async function expectText(locator: ReturnType<Page['locator']>, text: string) {
  await locator.waitFor();
  expect(await locator.textContent()).toContain(text);
}
