import type { Browser, Page } from 'playwright-core';
import { bookBest, patientId, tokenFor, weekdayAhead } from './support/api.js';
import { baseUrl, launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { signInWithKeyboard, tabTo } from './support/keyboard.js';

describe('coordinator: book a same-day clinic and watch the board', () => {
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, 'coordinator@oneday.test');
    await page.waitForURL('**/clinic/book');
    token = await tokenFor('coordinator@oneday.test');
  });
  afterAll(() => browser.close());

  async function chooseDay(patientSearch: string, date: string) {
    await page.goto(`${baseUrl()}/clinic/book`);
    await page.getByLabel('Find the patient by name or MRN').fill(patientSearch);
    await page.getByRole('list', { name: 'Matching patients' }).getByRole('button').first().click();
    await page.getByLabel('On a date').check();
    await page.getByLabel('Date', { exact: true }).fill(date);
    await page.getByRole('button', { name: 'Find options' }).click();
  }

  it('finds the earliest ranked options and books one', async () => {
    await page.getByLabel('Find the patient by name or MRN').fill('Bello');
    await page.getByRole('button', { name: /Bello, Aisha/ }).click();
    await page.getByRole('button', { name: 'Find options' }).click();
    await page
      .getByRole('heading', { name: /^3\. Options for/ })
      .first()
      .waitFor();
    const firstOption = page.locator('article.option').first();
    expect(
      await firstOption.getByRole('cell', { name: 'Clinical-trial eligibility review' }).count(),
    ).toBe(1);
    expect(
      await firstOption.getByRole('cell', { name: 'Lunch break' }).count(),
    ).toBeLessThanOrEqual(1);
    await screenshot(page, 'coordinator-booking-options');
    await firstOption.getByRole('button', { name: 'Book option 1' }).click();
    await page.getByRole('heading', { name: 'Booked' }).waitFor();
    await screenshot(page, 'coordinator-booking-done');
    await page.getByRole('link', { name: 'See the board for that day' }).click();
    await page.getByRole('heading', { name: /^Board:/ }).waitFor();
    await page.locator('.slot-text', { hasText: 'Aisha' }).first().waitFor();
    await screenshot(page, 'coordinator-board');
  });

  it('says so when another coordinator takes the times first, and shows fresh options', async () => {
    const date = weekdayAhead(12);
    await chooseDay('Novak', date);
    await page.locator('article.option').first().waitFor();
    // Another coordinator books Fatima into the same best day meanwhile.
    await bookBest(token, await patientId(token, 'Rahman'), date);
    await page.getByRole('button', { name: 'Book option 1' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nothing was booked');
    await page.locator('article.option').first().waitFor();
    await screenshot(page, 'coordinator-slot-taken');
  });

  it('explains why no day fits', async () => {
    const saturday = (() => {
      const d = new Date(`${weekdayAhead(7)}T12:00:00Z`);
      while (d.getUTCDay() !== 6) d.setUTCDate(d.getUTCDate() + 1);
      return d.toISOString().slice(0, 10);
    })();
    await chooseDay('Okoro', saturday);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^No nurse navigator intake/);
  });

  it('updates the board live when someone else books', async () => {
    const date = weekdayAhead(13);
    await page.goto(`${baseUrl()}/clinic/board?date=${date}`);
    await page.getByRole('heading', { name: /^Board:/ }).waitFor();
    await page.locator('.board-row').nth(5).waitFor();
    expect(await page.locator('.slot-text', { hasText: 'Samuel' }).count()).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    await bookBest(token, await patientId(token, 'Okoro'), date);
    await page.locator('.slot-text', { hasText: 'Samuel' }).first().waitFor({ timeout: 10_000 });
    expect(await page.getByRole('status').textContent()).toContain('booked');
  });

  it('books a day with the keyboard alone', async () => {
    const keyboard = await openPage(browser, { width: 1280, height: 1000 });
    await signInWithKeyboard(keyboard, 'coordinator@oneday.test');
    await keyboard.waitForURL('**/clinic/book');
    await tabTo(keyboard, 'Find the patient by name or MRN');
    await keyboard.keyboard.type('Goldberg');
    await keyboard.getByRole('button', { name: /Goldberg/ }).waitFor();
    await tabTo(keyboard, 'Goldberg');
    await keyboard.keyboard.press('Enter');
    await tabTo(keyboard, 'Find options');
    await keyboard.keyboard.press('Enter');
    await keyboard.locator('article.option').first().waitFor();
    await tabTo(keyboard, 'Book option 1');
    await keyboard.keyboard.press('Enter');
    await keyboard.getByRole('heading', { name: 'Booked' }).waitFor();
    await screenshot(keyboard, 'coordinator-booking-keyboard');
    await keyboard.context().close();
  });
});
