import type { Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD } from './browser.js';

/** Presses Tab until the focused element's accessible text or label contains `text`. */
export async function tabTo(page: Page, text: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${label ?? ''}`;
    });
    if (focused.includes(text)) return;
  }
  throw new Error(`${text} was not reached with Tab`);
}

/** Signs in without the mouse: type, Tab, type, Enter. */
export async function signInWithKeyboard(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await tabTo(page, 'Email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
}
