import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, login, newPage } from './browser.js';

const DEMO_PASSWORD = 'declic-demo-2026';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser.close());

describe('login', () => {
  it('lists the demo accounts, signs the demo GP in to "Mes fiches" and out again', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.waitForURL(/\/connexion/);
    // The demo panel appears once the session (with its demo accounts) has loaded.
    await page.getByText('Comptes de démonstration').waitFor();
    await page.getByText('medecin@declic.demo').first().waitFor();

    await login(page, 'medecin@declic.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Mes fiches' }).waitFor();
    const banner = await page.locator('header').innerText();
    expect(banner).toContain('Cabinet médical des Tilleuls');
    expect(banner).toContain('Médecin généraliste');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/connexion/);
    await page.goto('/');
    await page.waitForURL(/\/connexion/);
    await context.close();
  });

  it('shows the French error for a wrong password', async () => {
    const { context, page } = await newPage(browser);
    await login(page, 'infirmier@declic.demo', 'pas-le-bon-mot-de-passe');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Identifiant ou mot de passe incorrect.');
    await context.close();
  });

  it('locks an account temporarily after repeated failures, even for the right password', async () => {
    const { context, page } = await newPage(browser);
    for (let attempt = 0; attempt < 5; attempt++) {
      await login(page, 'tiers@declic.demo', `mauvais-${attempt}-mot-de-passe`);
      await page.getByRole('alert').waitFor();
    }
    await login(page, 'tiers@declic.demo', DEMO_PASSWORD);
    await page.getByText(/Trop de tentatives de connexion\. Réessayez dans \d+ minutes\./).waitFor();
    expect(page.url()).toContain('/connexion');
    await context.close();
  });

  it('works on a phone-sized screen', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await login(page, 'pharmacien@declic.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Mes fiches' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
    await context.close();
  });
});
