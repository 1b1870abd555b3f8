import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium, driven by playwright-core (no browser download). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser context (own cookies) on the app under test, in French. */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: inject('baseUrl'), locale: 'fr-FR', viewport });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the login page. */
export async function login(page: Page, identifiant: string, password: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Identifiant').fill(identifiant);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'SUIVANT' }).click();
}

/**
 * A Tuesday 11 to 17 days from now, in Paris: every demo professional works on
 * Tuesdays, and the demo absences (placed around the day the server seeded
 * the territory, today) are over by then.
 */
export function demoTuesday(): string {
  const today = new Date(`${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())}T00:00:00Z`);
  for (let days = 11; days <= 17; days++) {
    const date = new Date(today.getTime() + days * 86_400_000);
    if (date.getUTCDay() === 2) return date.toISOString().slice(0, 10);
  }
  throw new Error('no Tuesday in a week');
}
