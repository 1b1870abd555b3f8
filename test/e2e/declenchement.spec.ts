import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoTuesday, launchBrowser, login, newPage } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser.close());

async function startFromDashboard(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Mes fiches' }).waitFor();
  await page.getByRole('button', { name: 'Nouveau déclenchement' }).click();
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }).waitFor();
  await expect.poll(() => page.getByLabel('Tél appel').inputValue()).not.toBe('');
  await page.getByRole('button', { name: 'Suivant' }).click();
}

async function fillBlock(block: Locator, options: { profession: string; act: string; comment: string; startOn: string }): Promise<void> {
  await block.getByLabel('Intervenant').selectOption(options.profession);
  await block.getByRole('checkbox', { name: options.act }).check();
  await block.getByRole('radio', { name: 'Visite' }).check();
  await block.getByLabel("Date d'inter").fill(options.startOn);
  await block.getByLabel('Commentaire').fill(options.comment);
}

it('a GP triggers an infirmier(e) "Bilan sang" visite and a kiné for a new patient in one submission, with the seed’s refusals on the way', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'medecin@declic.demo', 'declic-demo-2026');
  await startFromDashboard(page);

  // RECHERCHE PATIENT → PATIENT: the sex is mandatory.
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - RECHERCHE PATIENT' }).waitFor();
  await page.getByLabel('Téléphone', { exact: true }).fill('06 71 42 58 90');
  await page.getByLabel('Nom', { exact: true }).fill('Matisse');
  await page.getByLabel('Prénom', { exact: true }).fill('Henri');
  await page.getByLabel('Date de naissance', { exact: true }).fill('1948-12-31');
  const notRegistered = page.getByRole('button', { name: "Ce patient n'est pas enregistré" });
  await expect.poll(() => notRegistered.isEnabled()).toBe(true);
  await notRegistered.click();
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PATIENT' }).waitFor();
  const address = page.getByRole('combobox', { name: 'Adresse de résidence' });
  await address.fill('12 rue de la Paix Evry');
  await page.getByRole('option', { name: /91000 Évry-Courcouronnes/ }).first().click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByText('Sélectionnez le sexe.').waitFor();
  await page.getByLabel('Sexe', { exact: true }).selectOption('M');
  await page.getByRole('button', { name: 'Suivant' }).click();

  // PROFESSIONNELS HABITUELS, then the requests.
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PROFESSIONNELS HABITUELS' }).waitFor();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('heading', { name: 'Informations du/des déclenchement(s)' }).waitFor();
  const startOn = demoTuesday();
  const first = page.getByRole('group', { name: 'Déclenchement 1' });
  await fillBlock(first, { profession: 'infirmier', act: 'Bilan sang', comment: '', startOn });

  // No comment: refused with the seed's message.
  await page.getByRole('button', { name: 'Déclencher' }).click();
  await first.getByText('Vous ne pouvez pas faire un déclenchement sans rentrer un commentaire !').waitFor();
  await first.getByLabel('Commentaire').fill('Bilan sanguin à jeun, patient diabétique');

  // Both a date and a délai: refused.
  await first.getByLabel("Délai d'inter").selectOption({ label: '2 heures' });
  await page.getByRole('button', { name: 'Déclencher' }).click();
  await first.getByText('Indiquez une date d’intervention OU un délai d’intervention, pas les deux.').waitFor();
  await first.getByLabel("Délai d'inter").selectOption({ index: 0 });

  // "+ Plus": a kiné in the same submission.
  await page.getByRole('button', { name: '+ Plus' }).click();
  const second = page.getByRole('group', { name: 'Déclenchement 2' });
  await fillBlock(second, { profession: 'masseur_kinesitherapeute', act: 'Kiné respiratoire', comment: 'Encombrement bronchique', startOn });
  await page.getByRole('button', { name: 'Déclencher' }).click();

  // Success: one line per request. On the demo territory, four nurses and four kinés cover
  // this address that Tuesday (the integration tests check the same rules one by one).
  const dialog = page.getByRole('dialog', { name: 'VALIDATION DU FORMULAIRE' });
  await dialog.getByText('Déclenchement réussi').waitFor();
  await dialog.getByText('OK pour déclenchement service Cabinet médical des Tilleuls, soin Bilan sang, profession Infirmier(e) => 4 intervenant(s) déclenché(s)').waitFor();
  await dialog.getByText('OK pour déclenchement service Cabinet médical des Tilleuls, soin Kiné respiratoire, profession Masseur-kinésithérapeute => 4 intervenant(s) déclenché(s)').waitFor();
  const ficheLink = dialog.getByRole('link', { name: /Voir la fiche #\d{8}/ }).first();
  const number = ((await ficheLink.textContent()) ?? '').replace(/\D/g, '');
  await dialog.getByRole('button', { name: 'OK' }).click();

  // The dashboard lists both fiches; one opens by its number.
  await page.getByRole('table', { name: 'Mes fiches' }).getByRole('link', { name: `#${number}` }).waitFor();
  await page.getByLabel('#NUMÉRO FICHE').fill(number);
  await page.getByRole('button', { name: 'Ouvrir la fiche' }).click();
  await page.getByText('1er Déclenchement').first().waitFor();
  await page.getByText('4 ressource(s) déclenchée(s)').first().waitFor();
  await context.close();
});

it('a GP triggers from the patient’s fiche and from "Fiches patients" for an existing patient', async () => {
  const { context, page } = await newPage(browser);
  await login(page, 'medecin@declic.demo', 'declic-demo-2026');
  await page.getByRole('heading', { name: 'Mes fiches' }).waitFor();

  // B: from the fiche patient, "Déclenchement pour ce patient" skips to PROFESSIONNELS HABITUELS.
  await page.getByRole('link', { name: 'Fiches patients' }).click();
  await page.getByRole('link', { name: /MATISSE/i }).first().click();
  await page.getByRole('heading', { name: /MATISSE/i }).waitFor();
  await page.getByRole('button', { name: 'Déclenchement pour ce patient' }).click();
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }).waitFor();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PROFESSIONNELS HABITUELS' }).waitFor();
  await page.getByRole('button', { name: 'Suivant' }).click();
  const block = page.getByRole('group', { name: 'Déclenchement 1' });
  await fillBlock(block, { profession: 'pharmacien', act: 'Livraison de médicaments', comment: 'Traitement à livrer', startOn: demoTuesday() });
  await page.getByRole('button', { name: 'Déclencher' }).click();
  const dialog = page.getByRole('dialog', { name: 'VALIDATION DU FORMULAIRE' });
  await dialog.getByText(/profession Pharmacien => \d+ intervenant\(s\) déclenché\(s\)/).waitFor();
  await dialog.getByRole('button', { name: 'OK' }).click();

  // C: from "Fiches patients", the icon of the patient; an Auto déclenchement in visio.
  await page.getByRole('link', { name: 'Fiches patients' }).click();
  await page.getByRole('button', { name: 'Déclenchement pour ce patient' }).first().click();
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }).waitFor();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  const self = page.getByRole('group', { name: 'Déclenchement 1' });
  await self.getByLabel('Intervenant').selectOption('medecin_generaliste');
  await self.getByRole('checkbox', { name: 'Consultation' }).check();
  await self.getByRole('radio', { name: 'Visio' }).check();
  await self.getByLabel("Délai d'inter").selectOption({ label: '2 heures' });
  await self.getByLabel('Commentaire').fill('Téléconsultation de suivi');
  await self.getByRole('checkbox', { name: 'Auto déclenchement (je prends en charge moi-même)' }).check();
  await page.getByRole('button', { name: 'Déclencher' }).click();
  await page.getByRole('dialog', { name: 'VALIDATION DU FORMULAIRE' }).getByText('Auto déclenchement : vous prenez en charge cette demande').waitFor();
  await context.close();
});
