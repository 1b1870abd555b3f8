import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CareRequestBatch } from '../../api/care-request-types.js';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';
import { picasso } from '../patients/test-fixtures.js';
import { caller, careActs, dayFromToday } from './test-fixtures.js';

const commentRequired = 'Vous ne pouvez pas faire un déclenchement sans rentrer un commentaire !';
const startBoth = 'Indiquez une date d’intervention OU un délai d’intervention, pas les deux.';

function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function baseServer(extra: Parameters<typeof fakeServer>[0] = {}) {
  return fakeServer({
    'GET /api/session': session(camille),
    'GET /api/care-requests/caller': { status: 200, body: { caller } },
    'GET /api/patients/p-1': { status: 200, body: { patient: picasso } },
    'GET /api/care-acts': { status: 200, body: { careActs } },
    'GET /api/care-requests': { status: 200, body: { careRequests: [] } },
    ...extra,
  });
}

/** APPELANT → PROFESSIONNELS HABITUELS → Informations, for the patient of the URL. */
async function reachInformations() {
  await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }, { timeout: 10_000 });
  await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Tél appel').value).toBe('07 61 71 72 29'));
  fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
  await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PROFESSIONNELS HABITUELS' });
  await screen.findByText('Professionnels habituels');
  fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
  await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT' });
  await screen.findByRole('heading', { name: 'Informations du/des déclenchement(s)' });
}

function block(index: number) {
  return within(screen.getByRole('group', { name: new RegExp(`^Déclenchement ${index}`) }));
}

/** Fills an open block; its Soins appear once the catalogue is there. */
async function fillBlock(index: number, values: { profession: string; act: string; startWithin?: string; comment?: string }) {
  const b = block(index);
  fireEvent.change(b.getByLabelText('Intervenant'), { target: { value: values.profession } });
  fireEvent.click(await b.findByRole('checkbox', { name: values.act }));
  if (values.startWithin) fireEvent.change(b.getByLabelText("Délai d'inter"), { target: { value: values.startWithin } });
  if (values.comment) fireEvent.change(b.getByLabelText('Commentaire'), { target: { value: values.comment } });
}

describe('DeclenchementPage', () => {
  beforeAll(async () => {
    await import('./DeclenchementPage.js');
  }, 30_000);

  it('prefills APPELANT, then refuses a block without comment, or with both a date and a délai, before calling the API', { timeout: 30_000 }, async () => {
    const server = baseServer();
    renderApp('/declenchements/nouveau?patient=p-1', server.fetch);
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Service').value).toBe('Cabinet médical des Tilleuls'));
    expect(screen.getByLabelText<HTMLInputElement>('Appelant').value).toBe('MARTIN Camille');
    expect(screen.getByLabelText<HTMLInputElement>('Profession').value).toBe('Infirmier(e)');
    expect(screen.getByLabelText<HTMLInputElement>('Téléphone').value).toBe('01 64 00 00 00');
    expect(screen.getByLabelText<HTMLInputElement>('Ligne directe').value).toBe('');
    // APPELANT has no step before it.
    expect(screen.queryByRole('button', { name: 'Retour' })).toBeNull();

    await reachInformations();
    expect(screen.getByText('Patient : PICASSO Pablo')).toBeTruthy();
    const first = block(1);
    expect(first.getByLabelText<HTMLSelectElement>('Intervenant').value).toBe('');
    expect(within(first.getByLabelText('Intervenant')).getByRole('option', { name: 'Non sélectionné', selected: true })).toBeTruthy();
    expect(first.getByLabelText<HTMLSelectElement>('Fuseau').value).toBe('Europe/Paris');
    expect(first.getByLabelText<HTMLSelectElement>('Délai de réponse').value).toBe('120');
    expect(first.getByLabelText<HTMLInputElement>('Nb jours').value).toBe('1');
    expect(first.getByLabelText<HTMLInputElement>('Passage(s)/j').value).toBe('1');
    expect(first.getByRole('radio', { name: 'Visite' })).toHaveProperty('checked', true);

    await fillBlock(1, { profession: 'infirmier', act: 'Bilan sang', startWithin: '120' });
    fireEvent.change(first.getByLabelText("Date d'inter"), { target: { value: dayFromToday(2) } });
    // One's own profession: the block offers to take the request oneself.
    expect(first.getByRole('checkbox', { name: 'Auto déclenchement (je prends en charge moi-même)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Déclencher' }));

    const comment = first.getByLabelText('Commentaire');
    await waitFor(() => expect(comment.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(comment)).toContain(commentRequired);
    expect(describedText(first.getByLabelText("Date d'inter"))).toContain(startBoth);
    expect(server.calls.some((call) => call.method === 'POST')).toBe(false);

    // Fixing a field clears its message.
    fireEvent.change(comment, { target: { value: 'Bilan à jeun' } });
    await waitFor(() => expect(screen.queryByText(commentRequired)).toBeNull());
    expect(screen.getByText(startBoth)).toBeTruthy();
  });

  it("shows the server's field errors under the block they belong to", { timeout: 30_000 }, async () => {
    const serverMessage = 'Commentaire refusé par le serveur.';
    const phoneMessage = 'Numéro de téléphone invalide (10 chiffres, ex. 06 12 34 56 78).';
    const server = baseServer({
      'POST /api/care-request-batches': {
        status: 422,
        body: {
          code: 'validation.failed',
          message: 'Certains champs sont invalides. Corrigez-les puis réessayez.',
          fields: { 'requests.1.comment': serverMessage, callerPhone: phoneMessage },
        },
      },
    });
    renderApp('/declenchements/nouveau?patient=p-1', server.fetch);
    await reachInformations();
    await fillBlock(1, { profession: 'infirmier', act: 'Bilan sang', startWithin: '120', comment: 'Bilan à jeun' });

    fireEvent.click(screen.getByRole('button', { name: '+ Plus' }));
    // The first block collapses to its summary.
    expect(await screen.findByText("Infirmier(e) - visite - Délai d'intervention : 2 heures - Délai de réponse : 2 heures")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modifier le déclenchement 1' })).toBeTruthy();
    await fillBlock(2, { profession: 'masseur_kinesitherapeute', act: 'Kiné respiratoire', startWithin: '240', comment: 'Kiné respiratoire' });
    fireEvent.click(screen.getByRole('button', { name: 'Déclencher' }));

    await screen.findByText(serverMessage);
    const post = server.calls.find((call) => call.method === 'POST');
    expect(post?.body).toMatchObject({
      patientId: 'p-1',
      callerPhone: '07 61 71 72 29',
      directLine: null,
      requests: [
        { profession: 'infirmier', careActs: ['bilan_sang'], startWithinMinutes: 120, startOn: null, comment: 'Bilan à jeun', selfDispatch: false },
        { profession: 'masseur_kinesitherapeute', careActs: ['kine_respiratoire'], startWithinMinutes: 240, comment: 'Kiné respiratoire' },
      ],
    });
    expect(describedText(block(2).getByLabelText('Commentaire'))).toContain(serverMessage);
    // The other block stays as it was, without a message.
    expect(screen.queryByRole('group', { name: /^Déclenchement 1/ })).toBeNull();
    // The caller's field is on another step: listed in the alert.
    const alert = screen.getAllByRole('alert').find((element) => element.textContent?.includes('Certains champs sont invalides'));
    expect(alert?.textContent).toContain(phoneMessage);
  });

  it('tells each request sent in "VALIDATION DU FORMULAIRE", then "Autre patient" starts again at RECHERCHE PATIENT', { timeout: 30_000 }, async () => {
    const batch: CareRequestBatch = {
      id: 'b-1',
      patientId: 'p-1',
      requests: [
        { id: 'cr-1', number: 22428698, profession: 'infirmier', careActs: [{ code: 'bilan_sang', label: 'Bilan sang' }], otherCareAct: null, status: 'dispatching', offeredCount: 3, serviceName: null },
        { id: 'cr-2', number: 22428699, profession: 'masseur_kinesitherapeute', careActs: [{ code: 'kine_respiratoire', label: 'Kiné respiratoire' }], otherCareAct: null, status: 'unanswered', offeredCount: 0, serviceName: 'SSIAD Nord' },
      ],
    };
    const server = baseServer({ 'POST /api/care-request-batches': { status: 201, body: { batch } } });
    const { router } = renderApp('/declenchements/nouveau?patient=p-1', server.fetch);
    await reachInformations();
    await fillBlock(1, { profession: 'infirmier', act: 'Bilan sang', comment: 'Bilan à jeun' });
    fireEvent.change(block(1).getByLabelText("Date d'inter"), { target: { value: dayFromToday(3) } });
    fireEvent.click(screen.getByRole('button', { name: '+ Plus' }));
    await fillBlock(2, { profession: 'masseur_kinesitherapeute', act: 'Kiné respiratoire', startWithin: '60', comment: 'Encombrement' });
    fireEvent.click(screen.getByRole('button', { name: 'Déclencher' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'VALIDATION DU FORMULAIRE' }));
    expect(dialog.getByText('Déclenchement réussi')).toBeTruthy();
    expect(dialog.getByText('OK pour déclenchement service , soin Bilan sang, profession Infirmier(e) => 3 intervenant(s) déclenché(s)')).toBeTruthy();
    expect(dialog.getByText('Aucune ressource disponible pour déclenchement service SSIAD Nord, soin Kiné respiratoire, profession Masseur-kinésithérapeute')).toBeTruthy();
    expect(dialog.getByRole('link', { name: 'Voir la fiche #22428699' }).getAttribute('href')).toBe('/fiches/22428699');
    const post = server.calls.find((call) => call.method === 'POST');
    expect((post?.body as { requests: unknown[] }).requests[0]).toMatchObject({ startOn: dayFromToday(3), timeZone: 'Europe/Paris', startWithinMinutes: null });

    fireEvent.click(dialog.getByRole('button', { name: 'Autre patient' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - RECHERCHE PATIENT' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The previous patient is no longer in the address.
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/declenchements/nouveau');
    expect(screen.getByLabelText<HTMLInputElement>('Nom').value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Retour' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' });
  });

  it('new patient: a patient found by the search jumps to PROFESSIONNELS HABITUELS; "Annuler" leaves the wizard', { timeout: 30_000 }, async () => {
    const match = { ...picasso, ageLabel: '73 ans - né le 09/08/1952', city: 'Évry-Courcouronnes', postcode: '91000', followed: true };
    const server = baseServer({ 'GET /api/patients/search': { status: 200, body: { matches: [match] } } });
    const { router } = renderApp('/declenchements/nouveau', server.fetch);
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - RECHERCHE PATIENT' });
    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Picasso' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Choisir ce patient : PICASSO Pablo' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PROFESSIONNELS HABITUELS' });
    fireEvent.click(await screen.findByRole('button', { name: 'Retour' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - RECHERCHE PATIENT' });
    // The search's draft is kept.
    expect(screen.getByLabelText<HTMLInputElement>('Nom').value).toBe('Picasso');
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('new patient: "Ce patient n\'est pas enregistré" opens PATIENT prefilled; Retour and back keep what was typed', { timeout: 30_000 }, async () => {
    const server = baseServer({ 'GET /api/patients/search': { status: 200, body: { matches: [] } } });
    renderApp('/declenchements/nouveau', server.fetch);
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('Ligne directe'), { target: { value: '01 02 03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    // A number given must be a real one.
    expect(await screen.findByText('Numéro de téléphone invalide (10 chiffres, ex. 06 12 34 56 78).')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Ligne directe'), { target: { value: '01 02 03 04 05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - RECHERCHE PATIENT' });
    const next = screen.getByRole<HTMLButtonElement>('button', { name: 'Suivant' });
    expect(next.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Téléphone'), { target: { value: '06 45 67 89 12' } });
    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Picasso' } });
    fireEvent.change(screen.getByLabelText('Prénom'), { target: { value: 'Pablo' } });
    fireEvent.change(screen.getByLabelText('Date de naissance'), { target: { value: '1952-08-09' } });
    await waitFor(() => expect(next.disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: "Ce patient n'est pas enregistré" }));

    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PATIENT' });
    expect(screen.getByLabelText<HTMLInputElement>('Nom').value).toBe('Picasso');
    fireEvent.change(screen.getByLabelText('Sexe'), { target: { value: 'M' } });
    fireEvent.change(screen.getByLabelText('Digicode'), { target: { value: '4521B' } });
    // The mandatory address is refused with the existing message, before any call.
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await screen.findByText('Ce champ est obligatoire.');
    expect(server.calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Retour' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - RECHERCHE PATIENT' });
    fireEvent.click(screen.getByRole('button', { name: 'Retour' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' });
    expect(screen.getByLabelText<HTMLInputElement>('Ligne directe').value).toBe('01 02 03 04 05');
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - RECHERCHE PATIENT' });
    expect(screen.getByLabelText<HTMLInputElement>('Prénom').value).toBe('Pablo');
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PATIENT' });
    expect(screen.getByLabelText<HTMLSelectElement>('Sexe').value).toBe('M');
    expect(screen.getByLabelText<HTMLInputElement>('Digicode').value).toBe('4521B');
  });
});
