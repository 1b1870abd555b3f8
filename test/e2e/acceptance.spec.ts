import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoTuesday, launchBrowser, login, newPage } from './browser.js';

const PASSWORD = 'declic-demo-2026';
/** Live updates arrive within this time, or the page is not live. */
const LIVE_MS = 15_000;

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser.close();
});

async function signedIn(email: string): Promise<Page> {
  const { context, page } = await newPage(browser);
  contexts.push(context);
  await login(page, email, PASSWORD);
  await page.getByRole('heading', { name: 'Mes fiches' }).waitFor();
  return page;
}

/** Marks the document: the mark is gone after any reload or full navigation. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument?: boolean }).__sameDocument = true;
  });
}

async function notReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

async function openReceivedOffers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: /Demandes reçues/ }).click();
  await page.getByRole('heading', { name: 'Demandes reçues', level: 1 }).waitFor();
  // The live stream is connected before anything is triggered.
  await page.getByText('Rafraîchissement auto : en direct').waitFor({ timeout: LIVE_MS });
  await markDocument(page);
}

/** The GP's wizard: a new patient at 12 rue de la Paix, Évry; one infirmier(e) "Bilan sang" visite. Returns the fiche number. */
async function triggerBilanSang(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Nouveau déclenchement' }).click();
  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }).waitFor();
  await expect.poll(() => page.getByLabel('Tél appel').inputValue()).not.toBe('');
  await page.getByRole('button', { name: 'Suivant' }).click();

  await page.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - RECHERCHE PATIENT' }).waitFor();
  await page.getByLabel('Téléphone', { exact: true }).fill('06 71 42 58 91');
  await page.getByLabel('Nom', { exact: true }).fill('Renoir');
  await page.getByLabel('Prénom', { exact: true }).fill('Auguste');
  await page.getByLabel('Date de naissance', { exact: true }).fill('1941-02-25');
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

/** The line of "Demandes reçues" for fiche `number`. */
const offerLine = (page: Page, number: string): Locator => page.getByRole('article', { name: new RegExp(`#${number}`) });

it('a GP triggers a nurse visit; two nurses see it live; the first to accept takes it, the other sees "Déjà pris en charge"; the GP follows without reload', async () => {
  // Julien Bernard (infirmier@) and Sandrine Faure, both practising in Évry, cover the address.
  const gp = await signedIn('medecin@declic.demo');
  const winner = await signedIn('infirmier@declic.demo');
  const other = await signedIn('sandrine.faure@declic.demo');
  await openReceivedOffers(winner);
  await openReceivedOffers(other);

  const number = await triggerBilanSang(gp);
  await markDocument(gp);

  // The offer appears for both nurses, anonymised, with its toast and the badge, without reload.
  for (const nurse of [winner, other]) {
    const line = offerLine(nurse, number);
    await line.waitFor({ timeout: LIVE_MS });
    await line.getByText('Infirmier(e) — Bilan sang').waitFor();
    await line.getByText(/^M, \d+ ans — Évry-Courcouronnes \(\d+(,\d)? km\)$/).waitFor();
    await line.getByText('Demandeur : Cabinet médical des Tilleuls — MOREL Claire, Médecin généraliste').waitFor();
    await line.getByText('En attente de votre réponse').waitFor();
    await nurse.getByRole('region', { name: 'Notifications' }).getByText(/^Nouvelle demande : Infirmier\(e\) — Bilan sang — M, \d+ ans — Évry-Courcouronnes/).first().waitFor({ timeout: LIVE_MS });
    await nurse.getByRole('link', { name: /Demandes reçues\s*\d+ demande\(s\) en attente de votre réponse/ }).waitFor();
    expect(await nurse.getByText('RENOIR').count()).toBe(0);
    expect(await notReloaded(nurse)).toBe(true);
  }

  // The first nurse accepts: the fiche opens with the patient's identity, address and the requester's phone.
  await offerLine(winner, number).getByRole('button', { name: `Accepter la demande #${number}` }).click();
  await winner.getByRole('heading', { name: `#${number}` }).waitFor();
  const patient = winner.getByRole('region', { name: 'PATIENT' });
  await patient.getByText('RENOIR Auguste').waitFor();
  await patient.getByText(/12 Rue de la Paix/i).waitFor();
  await patient.getByText('06 71 42 58 91').waitFor();
  await winner.getByRole('region', { name: 'DEMANDEUR' }).getByText(/^Tél appel : 0\d( \d\d){4}$/).waitFor();
  await winner.getByRole('region', { name: 'HORODATAGE' }).getByText('acceptation par BERNARD Julien').waitFor();

  // The other nurse: "Déjà pris en charge", no more buttons, without reload.
  const lost = offerLine(other, number);
  await lost.getByText('Déjà pris en charge').waitFor({ timeout: LIVE_MS });
  expect(await lost.getByRole('button').count()).toBe(0);
  expect(await notReloaded(other)).toBe(true);

  // The GP's fiche: "acceptation par …" without reload.
  const timeline = gp.getByRole('region', { name: 'HORODATAGE' });
  await timeline.getByText('acceptation par BERNARD Julien').waitFor({ timeout: LIVE_MS });
  await gp.getByRole('region', { name: 'DESTINATAIRE' }).getByText('BERNARD Julien : Infirmier(e)').waitFor();
  expect(await notReloaded(gp)).toBe(true);

  // The nurse records the first visit; the GP sees it too.
  const actions = winner.getByRole('region', { name: 'Actions' });
  await actions.getByText('Passages : 0 / 1').waitFor();
  await actions.getByRole('button', { name: 'Enregistrer un passage' }).click();
  await actions.getByText('Passages : 1 / 1').waitFor();
  await winner.getByRole('region', { name: 'HORODATAGE' }).getByText('1er passage').waitFor();
  await timeline.getByText('1er passage').waitFor({ timeout: LIVE_MS });
  expect(await notReloaded(gp)).toBe(true);

  // The GP's resources: the winner accepted, the other one was withdrawn.
  await gp.getByRole('region', { name: 'DESTINATAIRE' }).getByRole('button', { name: /Cliquez ici pour voir les ressources déclenchées/ }).click();
  const resources = gp.getByRole('table', { name: `Ressources déclenchées de la fiche #${number}` });
  await resources.getByRole('row', { name: /BERNARD Julien.*Acceptée/ }).waitFor();
  await resources.getByRole('row', { name: /FAURE Sandrine.*Retirée/ }).waitFor();
});
