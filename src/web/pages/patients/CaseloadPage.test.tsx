import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';

const patient = {
  id: 'p-1',
  lastName: 'Micho',
  firstName: 'Aline',
  sex: 'F',
  birthDate: '1970-01-01',
  ageLabel: '56 ans - née le 01/01/1970',
  phone: '+33600000000',
  city: 'Vescovato',
  postcode: '20215',
  followed: true,
  lastActivityAt: '2022-08-08T12:11:00Z',
  // Deliberately out of order.
  history: [
    { at: '2022-08-05T08:54:00Z', kind: 'created', userName: 'UTILISATEUR A', careRequestNumber: null, label: 'Créé par UTILISATEUR A' },
    { at: '2022-08-08T12:11:00Z', kind: 'care_request', userName: 'UTILISATEUR A', careRequestNumber: 24426443, label: 'Déclenchement #24426443' },
    { at: '2022-08-05T08:54:30Z', kind: 'followed', userName: 'UTILISATEUR A', careRequestNumber: null, label: 'Patient pour Moi' },
  ],
};

describe('CaseloadPage', () => {
  beforeAll(async () => {
    await import('./CaseloadPage.js');
  }, 30_000);

  it('lists the patients with their history newest first, filtered by keyword and period', { timeout: 20_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/caseload': { status: 200, body: { patients: [patient] } },
    });
    renderApp('/patients', server.fetch);
    await screen.findByRole('heading', { name: 'FICHES PATIENTS' }, { timeout: 10_000 });
    expect(screen.getByRole('link', { name: 'Fiches patients' }).getAttribute('aria-current')).toBe('page');

    const link = await screen.findByRole('link', { name: 'MICHO Aline' });
    expect(link.getAttribute('href')).toBe('/patients/p-1');
    const card = link.closest('li')!;
    expect(within(card).getByText('06 00 00 00 00')).toBeTruthy();
    const labels = within(card).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(labels.map((text) => text.replace(/^.*\d{2}:\d{2}/, ''))).toEqual([
      'Déclenchement #24426443',
      'Patient pour Moi',
      'Créé par UTILISATEUR A',
    ]);
    expect(labels[0]).toMatch(/^08\/08\/2022 \d{2}:11/);

    // 14 days by default; "Tout" drops the period.
    const first = new URL(`http://x${lastUrl(server.fetch)}`);
    expect(first.searchParams.get('days')).toBe('14');
    fireEvent.change(screen.getByLabelText('Période'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('MOT-CLÉ'), { target: { value: 'micho' } });
    await waitFor(() => {
      const url = new URL(`http://x${lastUrl(server.fetch)}`);
      expect(url.searchParams.get('q')).toBe('micho');
      expect(url.searchParams.has('days')).toBe(false);
    });
  });
});

function lastUrl(fetch: typeof globalThis.fetch): string {
  const calls = (fetch as unknown as { mock: { calls: [RequestInfo | URL][] } }).mock.calls;
  const urls = calls.map(([input]) => String(input)).filter((url) => url.startsWith('/api/caseload'));
  return urls.at(-1) ?? '';
}
