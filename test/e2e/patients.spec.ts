import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, login, newPage } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser.close());

it('a GP registers a new patient with a suggested address, adds a médecin traitant from the directory and finds the patient in "Fiches patients"', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'medecin@declic.demo', 'declic-demo-2026');
  await page.getByRole('heading', { name: 'Mes fiches' }).waitFor();

  await page.getByRole('link', { name: 'Fiches patients' }).click();
  await page.getByRole('button', { name: 'Nouveau patient' }).click();

  // Recherche patient: nobody matches, so the patient can be registered.
  await page.getByLabel('Téléphone', { exact: true }).fill('06 45 67 89 12');
  await page.getByLabel('Nom', { exact: true }).fill('Picassô');
  await page.getByLabel('Prénom', { exact: true }).fill('Pablo');
  await page.getByLabel('Date de naissance', { exact: true }).fill('1952-08-09');
  const notRegistered = page.getByRole('button', { name: "Ce patient n'est pas enregistré" });
  await notRegistered.waitFor();
  await expect.poll(() => notRegistered.isEnabled()).toBe(true);
  await notRegistered.click();

  // Fiche patient: prefilled identity; the address must be picked from the suggestions.
  await expect.poll(() => page.getByLabel('Nom', { exact: true }).inputValue()).toBe('Picassô');
  await page.getByLabel('Sexe', { exact: true }).selectOption('M');
  const address = page.getByRole('combobox', { name: 'Adresse de résidence' });
  await address.fill('12 rue de la Paix Evry');
  await page.getByRole('option', { name: /Évry-Courcouronnes/ }).first().click();
  await page.getByLabel('Digicode', { exact: true }).fill('4521B');
  await page.getByRole('button', { name: 'Suivant' }).click();

  // Patient page: identity with age, then the médecin traitant from the national directory.
  await page.getByText(/\d+ ans - né le 09\/08\/1952/).waitFor();
  await page.getByRole('button', { name: "Ajout d'un professionnel" }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Profession').selectOption('medecin_traitant');
  await dialog.getByLabel('Nom', { exact: true }).fill('par');
  await dialog.getByLabel('Prénom', { exact: true }).fill('phi');
  await dialog.getByRole('button', { name: 'Rechercher' }).click();
  await dialog.getByRole('radio', { name: /PARADIS PHILIPPE/ }).first().check();
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(/PARADIS/).first().waitFor();

  // File active patientèle: the new patient is there, and the keyword filter finds them.
  await page.getByRole('link', { name: 'Fiches patients' }).click();
  await page.getByLabel('MOT-CLÉ').fill('picasso');
  await page.getByText(/PICASS/i).first().waitFor();
  await page.getByText('Créé par').first().waitFor();
  await page.getByLabel('MOT-CLÉ').fill('nobody-by-that-name');
  await expect.poll(() => page.getByText(/PICASS/i).count()).toBe(0);
  await context.close();
});
