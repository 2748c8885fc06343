import type { Browser } from 'playwright-core';
import { axeViolations } from './support/accessibility.js';
import { tokenFor, gql } from './support/api.js';
import { baseUrl, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';

/** Every screen of every role, as its users first see it. */
const SCREENS: Record<string, string[]> = {
  'coordinator@oneday.test': [
    '/clinic/book',
    '/clinic/board',
    '/patients',
    '/cases',
    '/conference',
    '/trials',
  ],
  'physician@oneday.test': ['/cases', '/cases/new', '/conference', '/trials'],
  'patient@oneday.test': ['/my-day'],
  'admin@oneday.test': ['/admin/users', '/admin/audit', '/conference/metrics'],
};

describe('accessibility: axe-core, WCAG 2.2 AA, every page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('has no violations on the sign-in page', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds a violation when there is one (control)', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.evaluate(() => {
      const low = document.createElement('p');
      low.textContent = 'Pale text';
      low.style.color = '#ddd';
      document.querySelector('main, body')?.append(low, document.createElement('img'));
    });
    const violations = (await axeViolations(page)).join('\n');
    expect(violations).toMatch(/color-contrast/);
    expect(violations).toMatch(/image-alt/);
    await page.context().close();
  });

  it.each(Object.entries(SCREENS))(
    'has no violations on the screens of %s',
    async (email, paths) => {
      const page = await openPage(browser);
      await signIn(page, email);
      await page.locator('main h1').first().waitFor();
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(`${baseUrl()}${path}`);
        await page.locator('main h1').first().waitFor();
        // Let the screen's data arrive: axe judges what the user will actually see.
        await page.waitForLoadState('networkidle');
        violations.push(...(await axeViolations(page)));
      }
      expect(violations).toEqual([]);
      await page.context().close();
    },
  );

  it('has no violations on a case, its trial matches and a conference in session', async () => {
    const token = await tokenFor('physician@oneday.test');
    const { cases } = await gql<{ cases: { id: string }[] }>('{ cases { id } }', {}, token);
    const { conferences } = await gql<{ conferences: { id: string }[] }>(
      'query($from: DateTime!, $to: DateTime!) { conferences(from: $from, to: $to) { id } }',
      {
        from: new Date(Date.now() - 30 * 86_400_000).toISOString(),
        to: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      },
      token,
    );
    const page = await openPage(browser);
    await signIn(page, 'physician@oneday.test');
    await page.locator('main h1').first().waitFor();
    const violations: string[] = [];
    for (const path of [
      `/cases/${cases[0].id}`,
      `/cases/${cases[0].id}/trials`,
      `/conference/${conferences[0].id}`,
    ]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      violations.push(...(await axeViolations(page)));
    }
    await screenshot(page, 'conference-in-session');
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
