import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn } from './support/browser.js';

describe('physician: my cases', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'physician@oneday.test');
    await page.waitForURL('**/cases');
  });
  afterAll(() => browser.close());

  it('lists only the cases they submitted or that are on an agenda', async () => {
    await page.locator('.case-card').first().waitFor();
    const names = await page.locator('.case-card h2').allTextContents();
    // Other journeys may add cases of this physician; never another physician's off-agenda case.
    expect(names).toEqual(expect.arrayContaining(['Linda Chen', 'Maria Alvarez']));
    expect(names).not.toContain('Robert Johnson');
    expect(names).not.toContain('Carlos Reyes');
    await screenshot(page, 'physician-cases');
  });

  it("opens a case with the board's question and the evidence", async () => {
    await page.getByRole('link', { name: 'Maria Alvarez' }).click();
    await page.getByRole('heading', { name: 'Question for the board' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Evidence' }).isVisible()).toBe(true);
    expect(await page.getByRole('cell', { name: 'HER2' }).isVisible()).toBe(true);
    await screenshot(page, 'physician-case');
  });
});
