import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CareAct } from '../../api/care-request-types.js';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';

const admin = { ...camille, id: 'admin-1', isAdmin: true };

function catalogueServer() {
  const acts: CareAct[] = [
    { profession: 'infirmier', code: 'pansement', label: 'Pansement', position: 1, active: true },
    { profession: 'infirmier', code: 'toilette', label: 'Toilette', position: 2, active: false },
    { profession: 'infirmier', code: 'autre', label: 'Autre Soins', position: 99, active: true },
    { profession: 'pharmacien', code: 'conseil', label: 'Conseil', position: 1, active: true },
    { profession: 'pharmacien', code: 'autre', label: 'Autre Soins', position: 99, active: true },
  ];
  return fakeServer({
    'GET /api/session': session(admin),
    'GET /api/admin/care-acts': () => ({ status: 200, body: { careActs: acts.map((act) => ({ ...act })) } }),
    'POST /api/admin/care-acts': (call) => {
      const { profession, label } = call.body as { profession: CareAct['profession']; label: string };
      if (label === 'Pansement') {
        const message = 'Un soin de cette profession porte déjà ce libellé.';
        return { status: 422, body: { code: 'validation.failed', message: 'Certains champs sont invalides.', fields: { label: message } } };
      }
      const careAct = { profession, code: 'soins_palliatifs', label, position: 3, active: true };
      acts.splice(2, 0, careAct);
      return { status: 201, body: { careAct } };
    },
    'PATCH /api/admin/care-acts/infirmier/pansement': (call) => {
      const act = acts[0]!;
      Object.assign(act, call.body);
      return { status: 200, body: { careAct: act } };
    },
  });
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('CareActsPage', () => {
  // The page is lazy-loaded: import it once beforehand so that tests don't time out on the first load.
  beforeAll(async () => {
    await import('./CareActsPage.js');
  }, 30_000);

  it('lists the acts grouped by profession, deactivated ones included', { timeout: 20_000 }, async () => {
    const server = catalogueServer();
    renderApp('/admin/soins', server.fetch);
    await screen.findByText('Soins', { selector: 'h1' }, { timeout: 10_000 });
    const nurses = await waitFor(() => section('Infirmier(e)'));
    const rows = within(nurses).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['PansementCode : pansement', 'ToiletteCode : toilette', 'Autre SoinsCode : autre']);
    expect(within(rows[1]!).getByText('Désactivé')).toBeTruthy();
    expect(within(rows[1]!).getByRole('button', { name: 'Réactiver Toilette' })).toBeTruthy();
    // "Autre Soins" cannot be deactivated.
    expect((within(rows[2]!).getByRole('button', { name: 'Désactiver Autre Soins' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(section('Pharmacien')).getByText('Conseil')).toBeTruthy();
    expect(within(section('Sage-femme')).getByText('Aucun soin pour cette profession.')).toBeTruthy();
    // The admin navigation links to the page.
    expect(screen.getByRole('link', { name: 'Soins' }).getAttribute('href')).toBe('/admin/soins');
  });

  it('adds an act, showing the API field error on a duplicate label', { timeout: 20_000 }, async () => {
    const server = catalogueServer();
    renderApp('/admin/soins', server.fetch);
    await screen.findByText('Soins', { selector: 'h1' }, { timeout: 10_000 });

    const label = screen.getByLabelText(/^Libellé/);
    fireEvent.change(label, { target: { value: 'Pansement' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(await screen.findByText('Un soin de cette profession porte déjà ce libellé.', { selector: '.mantine-TextInput-error' })).toBeTruthy();

    fireEvent.change(label, { target: { value: '  Soins palliatifs ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(await screen.findByText('Soin « Soins palliatifs » ajouté (Infirmier(e)).')).toBeTruthy();
    await waitFor(() => expect(within(section('Infirmier(e)')).getByText('Soins palliatifs')).toBeTruthy());
    const posts = server.calls.filter((call) => call.method === 'POST' && call.path === '/api/admin/care-acts');
    expect(posts.map((call) => call.body)).toEqual([
      { profession: 'infirmier', label: 'Pansement' },
      { profession: 'infirmier', label: 'Soins palliatifs' },
    ]);
    expect((label as HTMLInputElement).value).toBe('');
  });

  it('deactivates an act', { timeout: 20_000 }, async () => {
    const server = catalogueServer();
    renderApp('/admin/soins', server.fetch);
    fireEvent.click(await screen.findByRole('button', { name: 'Désactiver Pansement' }, { timeout: 10_000 }));

    expect(await screen.findByRole('button', { name: 'Réactiver Pansement' })).toBeTruthy();
    const patch = server.calls.find((call) => call.method === 'PATCH');
    expect(patch).toMatchObject({ path: '/api/admin/care-acts/infirmier/pansement', body: { active: false }, headers: { 'x-csrf-token': 'csrf-1' } });
  });
});
