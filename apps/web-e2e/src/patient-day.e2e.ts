import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn } from './support/browser.js';

describe('patient: my day', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function openDay(width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await signIn(page, 'patient@oneday.test');
    await page.waitForURL('**/my-day');
    await page.locator('.timeline-item').first().waitFor();
    return page;
  }

  it('shows every visit in order, in the site time zone, with what to bring', async () => {
    const page = await openDay(1024);
    const titles = await page.locator('.timeline-item h2').allTextContents();
    expect(titles[0]).toBe('Nurse navigator');
    expect(titles).toContain('Research nurse');
    expect(titles.at(-1)).toBe('Nurse navigator');
    expect(await page.locator('.timeline-item .time').first().textContent()).toMatch(/^8:00 AM/);
    expect(await page.getByRole('heading', { name: 'What to bring' }).isVisible()).toBe(true);
    await screenshot(page, 'patient-day');
    await page.close();
  });

  it('adds the day to the calendar as one event per visit', async () => {
    const page = await openDay(1024);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to my calendar' }).click(),
    ]);
    const path = await download.path();
    const content = readFileSync(path, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^oneday-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(content).toContain('BEGIN:VCALENDAR');
    expect(content.match(/BEGIN:VEVENT/g)).toHaveLength(
      await page.locator('.timeline-item').count(),
    );
    await page.close();
  });

  it('stays readable on a 320 px phone screen', async () => {
    const page = await openDay(320);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'patient-day-320');
    await page.close();
  });
});
