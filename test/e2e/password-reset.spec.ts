import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, login, newPage } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser.close());

it('resets a forgotten password through the e-mail in the demo outbox', async () => {
  const { context, page } = await newPage(browser);
  await page.goto('/connexion');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await page.getByLabel('Identifiant').fill('sage-femme@declic.demo');
  await page.getByRole('button', { name: 'Envoyer le lien' }).click();
  await page.getByText('Si un compte correspond à cet identifiant').waitFor();

  await page.goto('/dev/boite-d-envoi');
  const link = page.locator('a[href*="reinitialiser-mot-de-passe?token="]').first();
  await link.waitFor();
  const href = await link.getAttribute('href');
  expect(href).toBeTruthy();
  await page.goto(String(href));

  const newPassword = 'Nouveau-mot-de-passe-2026';
  await page.getByLabel('Nouveau mot de passe').fill(newPassword);
  await page.getByLabel('Confirmer le mot de passe').fill(newPassword);
  await page.getByRole('button', { name: /Enregistrer|Valider|Réinitialiser/ }).click();
  await page.getByText(/mot de passe a été (modifié|réinitialisé|changé)/i).waitFor();

  // The link is single-use.
  await page.goto(String(href));
  await page.getByLabel('Nouveau mot de passe').fill('Encore-un-autre-2026');
  await page.getByLabel('Confirmer le mot de passe').fill('Encore-un-autre-2026');
  await page.getByRole('button', { name: /Enregistrer|Valider|Réinitialiser/ }).click();
  await page.getByText('Ce lien de réinitialisation est invalide, a expiré ou a déjà été utilisé.').waitFor();

  await login(page, 'sage-femme@declic.demo', 'declic-demo-2026');
  await page.getByText('Identifiant ou mot de passe incorrect.').waitFor();
  await login(page, 'sage-femme@declic.demo', newPassword);
  await page.getByRole('heading', { name: 'Mes fiches' }).waitFor();
  await context.close();
});
