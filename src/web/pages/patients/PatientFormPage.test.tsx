import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';
import { evry, picasso } from './test-fixtures.js';

function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function fillIdentity() {
  fireEvent.change(screen.getByLabelText('Téléphone'), { target: { value: '06 45 67 89 12' } });
  fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Picasso' } });
  fireEvent.change(screen.getByLabelText('Prénom'), { target: { value: 'Pablo' } });
  fireEvent.change(screen.getByLabelText('Date de naissance'), { target: { value: '1952-08-09' } });
  fireEvent.change(screen.getByLabelText('Sexe'), { target: { value: 'M' } });
}

describe('PatientFormPage (new patient)', () => {
  beforeAll(async () => {
    await import('./PatientFormPage.js');
    await import('./PatientPage.js');
  }, 30_000);

  it('refuses an address typed but not picked, then saves the suggestion picked', { timeout: 20_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/addresses': { status: 200, body: { suggestions: [evry], degraded: true } },
      'POST /api/patients': { status: 201, body: { patient: picasso } },
      'GET /api/patients/p-1': { status: 200, body: { patient: picasso } },
    });
    const { router } = renderApp('/patients/nouveau', server.fetch);
    await screen.findByRole('heading', { name: 'Nouveau patient' }, { timeout: 10_000 });
    fillIdentity();

    const address = screen.getByRole('combobox', { name: 'Adresse de résidence' });
    fireEvent.change(address, { target: { value: '12 rue de la Paix Evry' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));

    await waitFor(() => expect(address.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(address)).toContain("Choisissez l'adresse dans la liste des suggestions.");
    expect(server.calls.some((call) => call.method === 'POST')).toBe(false);

    // The suggestions come from the address service, in the territory chosen.
    fireEvent.focus(address);
    const option = await screen.findByRole('option', { name: /Évry-Courcouronnes/ });
    const lookup = server.calls.findLast((call) => call.path === '/api/addresses');
    expect(lookup).toBeDefined();
    expect(screen.getByText(/Service d'adresses national indisponible/)).toBeTruthy();
    fireEvent.click(option);
    expect((address as HTMLInputElement).value).toBe(evry.label);
    await waitFor(() => expect(address.getAttribute('aria-invalid')).not.toBe('true'));

    fireEvent.change(screen.getByLabelText('Digicode'), { target: { value: '4521B' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/patients/p-1'));
    const post = server.calls.find((call) => call.method === 'POST' && call.path === '/api/patients');
    expect(post?.body).toEqual({
      phone: '06 45 67 89 12',
      lastName: 'Picasso',
      firstName: 'Pablo',
      sex: 'M',
      birthDate: '1952-08-09',
      birthPlace: null,
      identityStatus: 'provisoire',
      address: evry,
      digicode: '4521B',
    });
    expect(await screen.findByText('73 ans - né le 09/08/1952')).toBeTruthy();
  });

  it("shows the API's field errors under the matching inputs", { timeout: 20_000 }, async () => {
    const nirMessage = 'NIR invalide : 13 chiffres et une clé de contrôle.';
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/addresses': { status: 200, body: { suggestions: [evry], degraded: false } },
      'POST /api/patients': {
        status: 422,
        body: { code: 'validation.failed', message: 'Certains champs sont invalides.', fields: { nir: nirMessage, 'address.lat': 'Position invalide.' } },
      },
    });
    renderApp('/patients/nouveau', server.fetch);
    await screen.findByRole('heading', { name: 'Nouveau patient' }, { timeout: 10_000 });
    fillIdentity();
    fireEvent.change(screen.getByLabelText('NIR'), { target: { value: '1520875' } });
    const address = screen.getByRole('combobox', { name: 'Adresse de résidence' });
    fireEvent.change(address, { target: { value: '12 rue de la Paix' } });
    fireEvent.click(await screen.findByRole('option', { name: /Évry-Courcouronnes/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));

    const nir = screen.getByLabelText('NIR');
    await waitFor(() => expect(nir.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(nir)).toContain(nirMessage);
    expect(describedText(address)).toContain('Position invalide.');
    expect(screen.getByRole('alert').textContent).toContain('Certains champs sont invalides.');
  });

  it('refuses a birth date in the future', { timeout: 20_000 }, async () => {
    const server = fakeServer({ 'GET /api/session': session(camille) });
    renderApp('/patients/nouveau', server.fetch);
    await screen.findByRole('heading', { name: 'Nouveau patient' }, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('Date de naissance'), { target: { value: '2999-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(await screen.findByText('La date de naissance ne peut pas être dans le futur.')).toBeTruthy();
    expect(screen.getAllByText('Ce champ est obligatoire.').length).toBeGreaterThanOrEqual(4);
    expect(screen.getByText('Sélectionnez le sexe.')).toBeTruthy();
  });
});
