import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, login, newPage } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser.close());

it('an admin creates a nurse who then signs in and sees her organisation and profession', async () => {
  const admin = await newPage(browser);
  const page = admin.page;
  await login(page, 'admin@declic.demo', 'declic-demo-2026');
  await page.getByRole('heading', { name: 'Mes fiches' }).waitFor();
  await page.getByRole('link', { name: 'Utilisateurs' }).click();
  await page.getByRole('link', { name: 'Nouvel utilisateur' }).click();

  await page.getByLabel('Identifiant (e-mail)', { exact: true }).fill('lea.nouvelle@exemple.fr');
  await page.getByLabel('Profession', { exact: true }).selectOption('infirmier');
  await page.getByLabel('Prénom', { exact: true }).fill('Léa');
  await page.getByLabel('Nom', { exact: true }).fill('Nouvelle');
  await page.getByLabel('Téléphone mobile', { exact: true }).fill('06 11 22 33 44');
  // An invalid RPPS first: the French field error comes back from the server.
  await page.getByLabel('RPPS', { exact: true }).fill('10123456782');
  await page.getByRole('combobox', { name: 'Organisation', exact: true }).click();
  await page.getByRole('option', { name: 'Cabinet médical des Tilleuls' }).click();
  await page.getByLabel('Adresse', { exact: true }).fill('3 allée des Champs-Élysées');
  await page.getByRole('combobox', { name: 'Commune', exact: true }).fill('evry');
  await page.getByRole('option', { name: /Évry-Courcouronnes \(91000\)/ }).click();
  await page.getByLabel('Mot de passe', { exact: true }).fill('Bienvenue-Lea-2026');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Numéro RPPS invalide').waitFor();

  await page.getByLabel('RPPS', { exact: true }).fill('10123456781');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Utilisateur créé.').waitFor();
  await admin.context.close();

  const nurse = await newPage(browser);
  await login(nurse.page, 'lea.nouvelle@exemple.fr', 'Bienvenue-Lea-2026');
  await nurse.page.getByRole('heading', { name: 'Mes fiches' }).waitFor();
  const banner = await nurse.page.locator('header').innerText();
  expect(banner).toContain('Léa');
  expect(banner).toContain('Cabinet médical des Tilleuls');
  expect(banner).toContain('Infirmier(e)');
  // Not an admin: the administration is refused.
  await nurse.page.goto('/admin/utilisateurs');
  await nurse.page.getByText(/accès refusé/i).waitFor();
  await nurse.context.close();
});
