import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, type Mock } from 'vitest';
import type { PatientAccessEntry, PatientAccessReport } from '../../api/patient-access.js';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';

const admin = { ...camille, id: 'admin-1', firstName: 'Alice', lastName: 'Admin', profession: 'superviseur' as const, isAdmin: true };
const patient = { id: 'p-1', lastName: 'Lefèvre', firstName: 'Éloïse', birthDate: '1970-01-01', city: 'Évry-Courcouronnes', postcode: '91000' };

const entry = (overrides: Partial<PatientAccessEntry>): PatientAccessEntry => ({
  at: '2026-05-13T08:00:00.000Z',
  localAt: '13/05/2026 10:00:00',
  action: 'create',
  actionLabel: 'Création',
  what: 'identity',
  whatLabel: 'Identité et adresse du patient',
  user: { id: 'u-gp', name: 'Claire MOREL', profession: 'medecin_generaliste', organisation: 'Cabinet des Tilleuls', email: 'claire.morel@exemple.fr' },
  ...overrides,
});

const nurseRead = entry({
  at: '2026-05-13T09:30:00.000Z',
  localAt: '13/05/2026 11:30:00',
  action: 'read',
  actionLabel: 'Consultation',
  what: 'care_request',
  whatLabel: 'Demande de prise en charge',
  user: { id: 'u-nurse', name: 'Julie PETIT', profession: 'infirmier', organisation: null, email: 'julie.petit@exemple.fr' },
});
const exported = entry({
  at: '2026-05-13T10:00:00.000Z',
  localAt: '13/05/2026 12:00:00',
  action: 'export',
  actionLabel: 'Export',
  what: 'access_report',
  whatLabel: "Rapport d'accès aux données (administrateur)",
  user: { id: 'admin-1', name: 'Alice ADMIN', profession: 'superviseur', organisation: null, email: 'alice@exemple.fr' },
});

function accessServer() {
  let lookups = 0;
  let reports = 0;
  const server = fakeServer({
    'GET /api/session': session(admin),
    'GET /api/admin/patient-access/patients': () => {
      lookups += 1;
      if (lookups === 1) {
        const required = 'Ce champ est obligatoire.';
        return {
          status: 400,
          body: {
            code: 'patients.access_lookup_invalid',
            message: 'Recherche invalide : indiquez le NIR ou l’INS du patient, ou bien son nom, son prénom et sa date de naissance.',
            fields: { lastName: required, firstName: required, birthDate: required },
          },
        };
      }
      return { status: 200, body: { patients: [patient] } };
    },
    'GET /api/admin/patient-access/patients/p-1': () => {
      reports += 1;
      const entries = reports === 1 ? [nurseRead, entry({})] : [exported, nurseRead, entry({})];
      const report: PatientAccessReport = { patient, timeZone: 'Europe/Paris', total: entries.length, entries };
      return { status: 200, body: { report } };
    },
  });
  /** The URLs fetched, query strings included (the fake server's calls drop them). */
  const urls = () => (server.fetch as unknown as Mock).mock.calls.map(([input]) => String(input));
  return { ...server, urls };
}

describe('PatientAccessPage', () => {
  // The page is lazy-loaded: import it once beforehand so that tests don't time out on the first load.
  beforeAll(async () => {
    await import('./PatientAccessPage.js');
  }, 30_000);

  it('finds the patient, shows who accessed their data and when, and offers the CSV export', { timeout: 20_000 }, async () => {
    const server = accessServer();
    const { router } = renderApp('/admin/acces-patients', server.fetch);
    await screen.findByRole('heading', { name: 'Accès aux données patient', level: 1 }, { timeout: 10_000 });
    // The admin navigation links to the page.
    expect(screen.getByRole('link', { name: 'Accès aux données patient' }).getAttribute('href')).toBe('/admin/acces-patients');

    // An empty lookup: the server's French messages show under the fields.
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('Recherche invalide'));
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(3);

    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: ' Lefevre ' } });
    fireEvent.change(screen.getByLabelText('Prénom'), { target: { value: 'Eloise' } });
    fireEvent.change(screen.getByLabelText('Date de naissance'), { target: { value: '1970-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    const results = await screen.findByRole('table', { name: 'Patients trouvés' });
    expect(within(results).getByText('LEFÈVRE')).toBeTruthy();
    expect(within(results).getByText('01/01/1970')).toBeTruthy();
    expect(within(results).getByText('91000 Évry-Courcouronnes')).toBeTruthy();
    expect(server.urls().filter((url) => url.startsWith('/api/admin/patient-access/patients?')).at(-1)).toBe(
      '/api/admin/patient-access/patients?lastName=Lefevre&firstName=Eloise&birthDate=1970-01-01',
    );

    fireEvent.click(within(results).getByRole('button', { name: 'Voir les accès aux données de Éloïse LEFÈVRE' }));
    const report = await screen.findByRole('table', { name: 'Accès aux données de Éloïse LEFÈVRE, né(e) le 01/01/1970' });
    expect(router.state.location.search).toBe('?patient=p-1');
    const header = within(report).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(header).toEqual(['Date et heure (Europe/Paris)', 'Utilisateur', 'Profession', 'Organisation', 'E-mail', 'Action', 'Donnée concernée']);
    const rows = within(report).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['13/05/2026 11:30:00', 'Julie PETIT', 'Infirmier(e)', '', 'julie.petit@exemple.fr', 'Consultation', 'Demande de prise en charge'],
      ['13/05/2026 10:00:00', 'Claire MOREL', 'Médecin généraliste', 'Cabinet des Tilleuls', 'claire.morel@exemple.fr', 'Création', 'Identité et adresse du patient'],
    ]);
    expect(screen.getByText('Accès enregistrés : 2.')).toBeTruthy();

    const exportLink = screen.getByRole('link', { name: 'Exporter (CSV)' });
    expect(exportLink.getAttribute('href')).toBe('/api/admin/patient-access/patients/p-1/export.csv');
    expect(exportLink.hasAttribute('download')).toBe(true);

    // After the export, "Actualiser" shows it at the top of the report.
    fireEvent.click(screen.getByRole('button', { name: 'Actualiser' }));
    await waitFor(() => expect(screen.getByText('Accès enregistrés : 3.')).toBeTruthy());
    expect(within(report).getAllByRole('row')[1]?.textContent).toContain("Rapport d'accès aux données (administrateur)");
  });

  it('is closed to non-admins', { timeout: 20_000 }, async () => {
    const server = fakeServer({ 'GET /api/session': session(camille) });
    renderApp('/admin/acces-patients', server.fetch);
    await screen.findByRole('heading', { name: 'Accès refusé' }, { timeout: 10_000 });
    expect(server.calls.some((call) => call.path.startsWith('/api/admin/'))).toBe(false);
    expect(screen.queryByRole('link', { name: 'Accès aux données patient' })).toBeNull();
  });
});
