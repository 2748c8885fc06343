import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/accessibility.js';
import { launchBrowser, openPage, screenshot, signIn } from './support/browser.js';
import { signInWithKeyboard } from './support/keyboard.js';

describe('patient: my day', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function openDay(width = 1024): Promise<Page> {
    const page = await openPage(browser, { width, height: 900 });
    await signIn(page, 'patient@oneday.test');
    await page.waitForURL('**/my-day');
    await page.locator('.timeline-item').first().waitFor();
    return page;
  }

  it('opens in Spanish, the language on her record, and switches to English', async () => {
    const page = await openDay();
    const titles = () => page.locator('.timeline-item h2').allTextContents();
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect((await titles())[0]).toBe('Enfermera navegadora');
    expect(await titles()).toContain('Enfermera de investigación');
    expect(await titles()).toContain('Descanso para almorzar');
    expect(await page.locator('.timeline-item .time').first().textContent()).toMatch(
      /^8:00 a\.\s?m\./,
    );
    expect(await page.getByRole('heading', { name: 'Qué traer' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Mi día' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'patient-day-es');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'What to bring' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await titles())[0]).toBe('Nurse navigator');
    expect((await titles()).at(-1)).toBe('Nurse navigator');
    expect(await titles()).toContain('Lunch break');
    expect(await page.locator('.timeline-item .time').first().textContent()).toMatch(/^8:00 AM/);
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'patient-day');

    // The choice is remembered on this device.
    await page.reload();
    await page.getByRole('heading', { name: 'What to bring' }).waitFor();
    await page.context().close();
  });

  it('adds the day to the calendar as one event per visit', async () => {
    const page = await openDay();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Añadir a mi calendario' }).click(),
    ]);
    const content = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/^oneday-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(content).toContain('BEGIN:VCALENDAR');
    expect(content.match(/BEGIN:VEVENT/g)).toHaveLength(
      await page.locator('.timeline-item.visit').count(),
    );
    await page.context().close();
  });

  it('stays readable on a 320 px phone screen and with text at twice the size', async () => {
    const page = await openDay(320);
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'patient-day-320');
    await page.setViewportSize({ width: 640, height: 900 });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'patient-day-large-text');
    await page.context().close();
  });

  it('prints on one page, without the buttons', async () => {
    const page = await openDay();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Imprimir' }).isVisible()).toBe(false);
    await screenshot(page, 'patient-day-print');
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.context().close();
  });

  it('works with the keyboard alone: sign in, skip to the day, change the language', async () => {
    const page = await openPage(browser, { width: 1024, height: 900 });
    await signInWithKeyboard(page, 'patient@oneday.test');
    await page.waitForURL('**/my-day');
    await page.locator('.timeline-item').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Saltar al contenido',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('English');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'What to bring' }).waitFor();
    await page.context().close();
  });
});
