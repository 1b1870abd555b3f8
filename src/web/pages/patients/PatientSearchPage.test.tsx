import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';

function button(name: string): HTMLButtonElement {
  return screen.getByRole<HTMLButtonElement>('button', { name });
}

describe('PatientSearchPage', () => {
  beforeAll(async () => {
    await import('./PatientSearchPage.js');
    await import('./PatientFormPage.js');
  }, 30_000);

  it("enables \"Ce patient n'est pas enregistré\" only once the four fields are filled, then prefills the form", { timeout: 20_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/patients/search': { status: 200, body: { matches: [] } },
    });
    const { router } = renderApp('/patients/recherche', server.fetch);
    await screen.findByRole('heading', { name: 'RECHERCHE PATIENT' }, { timeout: 10_000 });

    const notRegistered = button("Ce patient n'est pas enregistré");
    expect(notRegistered.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Téléphone'), { target: { value: '06 45 67 89 12' } });
    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Picasso' } });
    fireEvent.change(screen.getByLabelText('Prénom'), { target: { value: 'Pablo' } });
    expect(notRegistered.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Date de naissance'), { target: { value: '1952-08-09' } });
    expect(notRegistered.disabled).toBe(false);

    // The search ran by itself, with the fields typed.
    await screen.findByText('Aucun patient trouvé.');
    const search = server.calls.findLast((call) => call.path === '/api/patients/search');
    expect(search).toBeDefined();

    fireEvent.click(notRegistered);
    await screen.findByRole('heading', { name: 'Nouveau patient' }, { timeout: 10_000 });
    expect(router.state.location.pathname).toBe('/patients/nouveau');
    expect(screen.getByLabelText<HTMLInputElement>('Nom').value).toBe('Picasso');
    expect(screen.getByLabelText<HTMLInputElement>('Prénom').value).toBe('Pablo');
    expect(screen.getByLabelText<HTMLInputElement>('Téléphone').value).toBe('06 45 67 89 12');
    expect(screen.getByLabelText<HTMLInputElement>('Date de naissance').value).toBe('1952-08-09');
  });

  it('lists matches and follows one not yet followed ("Patient pour Moi") with the four fields as proof', { timeout: 20_000 }, async () => {
    const match = {
      id: 'p-9',
      lastName: 'Picasso',
      firstName: 'Pablo',
      sex: 'M',
      birthDate: '1952-08-09',
      ageLabel: '73 ans - né le 09/08/1952',
      phone: '+33645678912',
      city: 'Évry-Courcouronnes',
      postcode: '91000',
      followed: false,
    };
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/patients/search': { status: 200, body: { matches: [match] } },
      'POST /api/patients/p-9/follow': { status: 200, body: { patient: { ...match, followed: true } } },
    });
    const { router } = renderApp('/patients/recherche', server.fetch);
    await screen.findByRole('heading', { name: 'RECHERCHE PATIENT' }, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('Téléphone'), { target: { value: '0645678912' } });
    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Picasso' } });
    fireEvent.change(screen.getByLabelText('Prénom'), { target: { value: 'Pablo' } });
    fireEvent.change(screen.getByLabelText('Date de naissance'), { target: { value: '1952-08-09' } });

    expect(await screen.findByText('PICASSO Pablo')).toBeTruthy();
    expect(screen.getByText('06 45 67 89 12 — 91000 Évry-Courcouronnes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Patient pour Moi/ }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/patients/p-9'));
    const follow = server.calls.find((call) => call.path === '/api/patients/p-9/follow');
    expect(follow?.body).toEqual({ phone: '0645678912', lastName: 'Picasso', firstName: 'Pablo', birthDate: '1952-08-09' });
  });
});
