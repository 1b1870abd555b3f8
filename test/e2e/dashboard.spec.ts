import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LIVE_MS, markDocument, notReloaded, triggerBilanSang, useDemoBrowser } from './journeys.js';

/** The seed's sentence under "Ajouter un document à la fiche". */
const DOCUMENT_RULE = 'Limitation à 2 Mo par fichier. Seuls les fichiers de type JPG, JPEG, PNG et PDF sont acceptés';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

const { signedIn } = useDemoBrowser();

/** Chooses `file` in the open "Ajouter un document à la fiche" dialog and sends it. */
async function sendDocument(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Ajouter un document à la fiche' });
  await dialog.locator('input[type="file"]').setInputFiles(file);
  await expect.poll(() => dialog.getByLabel('Titre du fichier sélectionné :').inputValue()).toBe(file.name);
  await dialog.getByRole('button', { name: 'Valider' }).click();
}

it('the GP finds a fiche by number and keyword, comments with a tag and leaves a PDF; wrong files are refused; the nurse follows live; a supervisor cancels it', async () => {
  const gp = await signedIn('medecin@declic.demo');
  const number = await triggerBilanSang(gp, { phone: '06 58 21 47 93', lastName: 'Cézanne', firstName: 'Paul', birthDate: '1939-01-19' });

  // The nurse takes the request from its fiche and keeps the page open.
  const nurse = await signedIn('infirmier@declic.demo');
  await nurse.goto(`/fiches/${number}`);
  await nurse.getByRole('region', { name: 'Actions' }).getByRole('button', { name: 'Accepter' }).click();
  const nurseTimeline = nurse.getByRole('region', { name: 'HORODATAGE' });
  await nurseTimeline.getByText('acceptation par BERNARD Julien').waitFor();
  await markDocument(nurse);

  // The GP, back on the dashboard, finds the fiche by its number…
  await gp.getByRole('link', { name: 'Retour à mes fiches' }).click();
  await gp.getByRole('heading', { name: 'Mes fiches :' }).waitFor();
  await gp.getByLabel('#NUMÉRO FICHE').fill(`#${number}`);
  await gp.getByRole('button', { name: 'Ouvrir la fiche' }).click();
  await gp.getByRole('heading', { name: `#${number}` }).waitFor();
  await gp.getByRole('link', { name: 'Retour à mes fiches' }).click();
  await gp.getByRole('heading', { name: 'Mes fiches :' }).waitFor();

  // … and by a keyword (accents and case ignored): only this fiche is left in "Mes fiches".
  await gp.getByLabel('MOT-CLÉ', { exact: true }).fill('cezanne');
  const mine = gp.getByRole('table', { name: 'Mes fiches' });
  await expect.poll(() => mine.getByRole('row').count(), { timeout: LIVE_MS }).toBe(2);
  await mine.getByRole('link', { name: `#${number}` }).click();
  await gp.getByRole('heading', { name: `#${number}` }).waitFor();

  // A comment with a tag.
  const commentForm = gp.getByRole('form', { name: 'Ajouter un commentaire / un tag' });
  await commentForm.getByLabel('Commentaire').fill('Patient à jeun depuis 8 h, prévoir un garrot pédiatrique');
  await commentForm.getByLabel('Tag').fill('diabète');
  await commentForm.getByRole('button', { name: '+ Ajouter' }).click();
  const commentLine = '(MOREL Claire - Médecin généraliste) : Patient à jeun depuis 8 h, prévoir un garrot pédiatrique #diabète';
  await gp.getByRole('region', { name: 'HORODATAGE' }).getByText(commentLine).waitFor();

  // A PDF is left on the fiche; an HTML page renamed .png and a 3 Mo image are refused with the seed's rule.
  await gp.getByRole('button', { name: 'Ajouter un document à la fiche' }).click();
  await sendDocument(gp, { name: 'compte-rendu.pdf', mimeType: 'application/pdf', buffer: PDF });
  await gp.getByRole('link', { name: 'Télécharger compte-rendu.pdf' }).waitFor();
  await gp.getByRole('region', { name: 'HORODATAGE' }).getByText('Document laissé par MOREL Claire : compte-rendu.pdf').waitFor();

  await gp.getByRole('button', { name: 'Ajouter un document à la fiche' }).click();
  const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');
  await sendDocument(gp, { name: 'radio.png', mimeType: 'image/png', buffer: html });
  const dialog = gp.getByRole('dialog', { name: 'Ajouter un document à la fiche' });
  await dialog.getByText(new RegExp(`${DOCUMENT_RULE}.*`)).first().waitFor();
  const bigImage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3 * 1024 * 1024)]);
  await sendDocument(gp, { name: 'photo-plaie.jpg', mimeType: 'image/jpeg', buffer: bigImage });
  await dialog.getByText(/^Fichier trop volumineux\. Limitation à 2 Mo par fichier/).waitFor();
  await dialog.getByRole('button', { name: 'Retour' }).click();
  expect(await gp.getByRole('link', { name: /Télécharger (radio\.png|photo-plaie\.jpg)/ }).count()).toBe(0);

  // The nurse sees the comment and the document appear without reloading.
  await nurseTimeline.getByText(commentLine).waitFor({ timeout: LIVE_MS });
  await nurseTimeline.getByText('Document laissé par MOREL Claire : compte-rendu.pdf').waitFor({ timeout: LIVE_MS });
  await nurse.getByRole('link', { name: 'Télécharger compte-rendu.pdf' }).waitFor({ timeout: LIVE_MS });
  expect(await notReloaded(nurse)).toBe(true);

  // The dashboard filters on the tag.
  await gp.getByRole('link', { name: 'Retour à mes fiches' }).click();
  await gp.getByRole('heading', { name: 'Mes fiches :' }).waitFor();
  await gp.getByLabel('TAG', { exact: true }).fill('Diabète');
  await expect.poll(() => gp.getByRole('table', { name: 'Mes fiches' }).getByRole('row').count(), { timeout: LIVE_MS }).toBe(2);
  await gp.getByRole('table', { name: 'Mes fiches' }).getByRole('link', { name: `#${number}` }).waitFor();

  // The supervisor of the GP's CPTS finds it under "Fiches supervisées" and cancels it with a reason.
  const supervisor = await signedIn('superviseur@declic.demo');
  const supervised = supervisor.getByRole('table', { name: 'Fiches supervisées' });
  await supervised.getByRole('link', { name: `#${number}` }).click();
  await supervisor.getByRole('heading', { name: `#${number}` }).waitFor();
  await supervisor.getByRole('region', { name: 'HORODATAGE' }).getByText(commentLine).waitFor();
  await supervisor.getByRole('region', { name: 'Actions' }).getByRole('button', { name: 'Annuler la demande' }).click();
  const cancel = supervisor.getByRole('dialog', { name: 'Annuler la demande' });
  await cancel.getByLabel('Motif').fill('Patient hospitalisé ce matin');
  await cancel.getByRole('button', { name: 'Confirmer l’annulation' }).click();
  await supervisor.getByRole('region', { name: 'HORODATAGE' }).getByText('1er déclenchement annulé Motif : Patient hospitalisé ce matin — ROUX Isabelle (Superviseur)').waitFor();
  await nurseTimeline.getByText('1er déclenchement annulé Motif : Patient hospitalisé ce matin').waitFor({ timeout: LIVE_MS });
});
