import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';
import { picasso } from './test-fixtures.js';

const paradis = {
  source: 'directory',
  idNat: '810002241056',
  rpps: '10002241056',
  adeli: null,
  lastName: 'Paradis',
  firstName: 'Philippe',
  professionLabel: 'Médecin',
  city: 'Évry-Courcouronnes',
  userId: null,
};
const paranque = { ...paradis, idNat: '810000874494', rpps: '10000874494', lastName: 'Paranque', source: 'platform', userId: 'u-7' };

describe('PatientPage', () => {
  beforeAll(async () => {
    await import('./PatientPage.js');
  }, 30_000);

  it('adds a médecin traitant found in the directory, shown as "NOM PRENOM idNat"', { timeout: 20_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/patients/p-1': { status: 200, body: { patient: picasso } },
      'GET /api/directory/search': { status: 200, body: { results: [paradis, paranque] } },
      'PUT /api/patients/p-1/usual-professionals/medecin_traitant': {
        status: 200,
        body: {
          usualProfessionals: [
            { role: 'medecin_traitant', idNat: '810002241056', userId: null, lastName: 'Paradis', firstName: 'Philippe', isPlatformUser: false },
          ],
        },
      },
    });
    renderApp('/patients/p-1', server.fetch);
    await screen.findByRole('heading', { name: 'PICASSO Pablo' }, { timeout: 10_000 });
    expect(screen.getByText('Pensez à renseigner le médecin traitant pour qu\'il soit informé de toutes les prises en charge du patient !')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: "Ajout d'un professionnel" }));
    const dialog = await screen.findByRole('dialog');
    const modal = within(dialog);
    expect(modal.getByLabelText<HTMLSelectElement>('Profession').value).toBe('medecin_traitant');

    // Fewer than 3 letters: refused before asking the server.
    fireEvent.change(modal.getByLabelText('Nom'), { target: { value: 'pa' } });
    fireEvent.change(modal.getByLabelText('Prénom'), { target: { value: 'phi' } });
    fireEvent.click(modal.getByRole('button', { name: 'Rechercher' }));
    expect(await modal.findByText('Au moins 3 lettres.')).toBeTruthy();
    expect(server.calls.some((call) => call.path === '/api/directory/search')).toBe(false);

    fireEvent.change(modal.getByLabelText('Nom'), { target: { value: 'par' } });
    fireEvent.click(modal.getByRole('button', { name: 'Rechercher' }));
    const radio = await modal.findByRole('radio', { name: /PARADIS PHILIPPE 810002241056/ });
    expect(modal.getByRole('radio', { name: /PARANQUE PHILIPPE 810000874494.*Déclic/ })).toBeTruthy();
    expect(modal.getByText("* Recherche effectuée dans l'annuaire national RPPS et Déclic")).toBeTruthy();

    fireEvent.click(radio);
    fireEvent.click(modal.getByRole('button', { name: 'Ajouter' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const put = server.calls.find((call) => call.method === 'PUT');
    expect(put?.path).toBe('/api/patients/p-1/usual-professionals/medecin_traitant');
    expect(put?.body).toEqual({ idNat: '810002241056' });
    const row = screen.getByRole('rowheader', { name: 'Médecin traitant' }).closest('tr')!;
    expect(row.textContent).toContain('PARADIS PHILIPPE');
  });

  it('toggles "Patient pour Moi"', { timeout: 20_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/patients/p-1': { status: 200, body: { patient: { ...picasso, followed: false } } },
      'POST /api/patients/p-1/follow': { status: 200, body: { patient: picasso } },
    });
    renderApp('/patients/p-1', server.fetch);
    const toggle = await screen.findByRole('button', { name: 'Patient pour Moi' }, { timeout: 10_000 });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(screen.getByRole('button', { name: /Patient pour Moi/ }).getAttribute('aria-pressed')).toBe('true'));
    expect(server.calls.find((call) => call.method === 'POST')?.body).toEqual({});
  });
});
