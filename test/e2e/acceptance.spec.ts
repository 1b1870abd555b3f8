import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LIVE_MS, markDocument, notReloaded, triggerBilanSang, useDemoBrowser } from './journeys.js';

const { signedIn } = useDemoBrowser();

async function openReceivedOffers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: /Demandes reçues/ }).click();
  await page.getByRole('heading', { name: 'Demandes reçues', level: 1 }).waitFor();
  // The live stream is connected before anything is triggered.
  await page.getByText('Rafraîchissement auto : en direct').waitFor({ timeout: LIVE_MS });
  await markDocument(page);
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

  const number = await triggerBilanSang(gp, { phone: '06 71 42 58 91', lastName: 'Renoir', firstName: 'Auguste', birthDate: '1941-02-25' });
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
