import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { demoTuesday, launchBrowser, login, newPage } from './browser.js';

/** The demo accounts' password. */
const DEMO_PASSWORD = 'declic-demo-2026';
/** Live updates arrive within this time, or the page is not live. */
export const LIVE_MS = 15_000;

/**
 * Chromium for one spec file: launched before its tests, closed after them with every context it
 * opened. `signedIn` opens a new context (own cookies) signed in as a demo account, on its dashboard.
 */
export function useDemoBrowser(): { signedIn(email: string): Promise<Page> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });
  return {
    async signedIn(email) {
      if (!browser) throw new Error('the browser is not launched');
      const { context, page } = await newPage(browser);
      contexts.push(context);
      await login(page, email, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'Mes fiches' }).waitFor();
      return page;
    },
  };
}

/** Marks the document: the mark is gone after any reload or full navigation. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument?: boolean }).__sameDocument = true;
  });
}

export async function notReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

/** A patient the wizard registers, at 12 rue de la Paix, Évry. */
export interface NewPatient {
  readonly phone: string;
  readonly lastName: string;
  readonly firstName: string;
  /** YYYY-MM-DD. */
  readonly birthDate: string;
}

/**
 * The GP's wizard, from the dashboard: a new male patient at 12 rue de la Paix, Évry; one infirmier(e)
 * "Bilan sang" visite with the comment "Bilan sanguin à jeun, patient diabétique". Ends on the fiche;
 * returns its number.
 */
export async function triggerBilanSang(page: Page, patient: NewPatient): Promise<string> {
  await page.getByRole('button', { name: 'Nouveau déclenchement' }).click();
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }).waitFor();
  await expect.poll(() => page.getByLabel('Tél appel').inputValue()).not.toBe('');
  await page.getByRole('button', { name: 'Suivant' }).click();

  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - RECHERCHE PATIENT' }).waitFor();
  await page.getByLabel('Téléphone', { exact: true }).fill(patient.phone);
  await page.getByLabel('Nom', { exact: true }).fill(patient.lastName);
  await page.getByLabel('Prénom', { exact: true }).fill(patient.firstName);
  await page.getByLabel('Date de naissance', { exact: true }).fill(patient.birthDate);
  const notRegistered = page.getByRole('button', { name: "Ce patient n'est pas enregistré" });
  await expect.poll(() => notRegistered.isEnabled()).toBe(true);
  await notRegistered.click();
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PATIENT' }).waitFor();
  await page.getByRole('combobox', { name: 'Adresse de résidence' }).fill('12 rue de la Paix Evry');
  await page.getByRole('option', { name: /91000 Évry-Courcouronnes/ }).first().click();
  await page.getByLabel('Sexe', { exact: true }).selectOption('M');
  await page.getByRole('button', { name: 'Suivant' }).click();

  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PROFESSIONNELS HABITUELS' }).waitFor();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('heading', { name: 'Informations du/des déclenchement(s)' }).waitFor();
  const block = page.getByRole('group', { name: 'Déclenchement 1' });
  await block.getByLabel('Intervenant').selectOption('infirmier');
  await block.getByRole('checkbox', { name: 'Bilan sang' }).check();
  await block.getByRole('radio', { name: 'Visite' }).check();
  await block.getByLabel("Date d'inter").fill(demoTuesday());
  await block.getByLabel('Commentaire').fill('Bilan sanguin à jeun, patient diabétique');
  await page.getByRole('button', { name: 'Déclencher' }).click();

  const dialog = page.getByRole('dialog', { name: 'VALIDATION DU FORMULAIRE' });
  await dialog.getByText(/soin Bilan sang, profession Infirmier\(e\) => \d+ intervenant\(s\) déclenché\(s\)/).waitFor();
  const ficheLink = dialog.getByRole('link', { name: /Voir la fiche #\d{8}/ });
  const number = ((await ficheLink.textContent()) ?? '').replace(/\D/g, '');
  expect(number).toMatch(/^\d{8}$/);
  await ficheLink.click();
  await page.getByRole('heading', { name: `#${number}` }).waitFor();
  return number;
}
