import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { createProfessional, places, requestBlock } from '../../../test/support/care-requests.js';
import { anonymousClient, loginAs, type TestClient, type TestRequest } from '../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { multipartForm, sampleFiles } from '../../../test/support/documents.js';
import { patientInput } from '../../../test/support/patients.js';

/**
 * Every route of a fiche, its documents and its horodatage, for users with no right to it: a
 * professional of another organisation, an administrator, a supervisor of another organisation.
 * Each gets 404 (the same answer as for a missing fiche, so nothing tells the fiche exists) or 403
 * where the route is refused before any fiche is looked at; never the data.
 */
describe('fiche access: no right, no data, on every route', () => {
  let t: TestApp;
  let gp: TestClient;
  const outsiders: { name: string; client: TestClient }[] = [];
  let fiche: { id: string; number: number };
  let documentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const organisationId = (await createOrganisation(db)).id;
    gp = await loginAs(t.app, (await createProfessional(db, 'medecin_generaliste', places.evry, { organisationId })).email);
    await createProfessional(db, 'infirmier', places.evryNorth);
    const otherOrganisationId = (await createOrganisation(db)).id;
    outsiders.push(
      { name: 'a GP of another practice', client: await loginAs(t.app, (await createProfessional(db, 'medecin_generaliste', places.evry, { organisationId: otherOrganisationId })).email) },
      { name: 'an administrator', client: await loginAs(t.app, (await createUser(db, { profession: 'superviseur', isAdmin: true })).email) },
      { name: 'a nurse never offered the request', client: await loginAs(t.app, (await createProfessional(db, 'infirmier', places.etampes)).email) },
    );
    const patientId = (await gp.post('/api/patients', patientInput())).json().patient.id;
    const batch = await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock({ comment: 'Motif confidentiel' })] });
    expect(batch.statusCode, batch.body).toBe(201);
    fiche = batch.json().batch.requests[0];
    await gp.post(`/api/care-requests/${fiche.id}/comments`, { text: 'Commentaire confidentiel', tag: 'secret' });
    const upload = await gp.request({ method: 'POST', url: `/api/care-requests/${fiche.id}/documents`, ...multipartForm({ file: { name: 'ordonnance.pdf', content: sampleFiles.pdf } }) });
    expect(upload.statusCode, upload.body).toBe(201);
    documentId = upload.json().document.id;
  });
  afterAll(async () => t.close());

  const routes = (): (TestRequest & { expected: number[] })[] => {
    const id = fiche.id;
    const notFound = [404];
    return [
      { method: 'GET', url: `/api/care-requests/${id}`, expected: notFound },
      { method: 'GET', url: `/api/care-requests/number/${fiche.number}`, expected: notFound },
      { method: 'GET', url: `/api/care-requests/number/%23${fiche.number}`, expected: notFound },
      { method: 'GET', url: `/api/care-requests/${id}/timeline`, expected: notFound },
      { method: 'GET', url: `/api/care-requests/${id}/resources`, expected: notFound },
      { method: 'GET', url: `/api/care-requests/${id}/documents`, expected: notFound },
      { method: 'GET', url: `/api/documents/${documentId}`, expected: notFound },
      { method: 'POST', url: `/api/care-requests/${id}/comments`, payload: { text: 'Intrusion' }, expected: notFound },
      { method: 'POST', url: `/api/care-requests/${id}/documents`, ...multipartForm({ file: { name: 'intrus.pdf', content: sampleFiles.pdf } }), expected: notFound },
      { method: 'POST', url: `/api/care-requests/${id}/rounds`, payload: { restrictToNetwork: false }, expected: notFound },
      { method: 'POST', url: `/api/care-requests/${id}/cancel`, payload: { reason: 'Intrusion' }, expected: notFound },
      { method: 'POST', url: `/api/care-requests/${id}/accept`, expected: notFound },
      { method: 'POST', url: `/api/care-requests/${id}/decline`, payload: { reason: 'indisponible' }, expected: notFound },
      { method: 'POST', url: `/api/care-requests/${id}/visits`, expected: notFound },
      { method: 'POST', url: `/api/care-requests/${id}/complete`, expected: notFound },
      { method: 'POST', url: `/api/care-requests/${id}/hand-back`, payload: { reason: 'Intrusion' }, expected: notFound },
    ];
  };

  it('answers 404 to each outsider on every fiche, document and horodatage route, by id and by number, and leaks nothing', async () => {
    for (const outsider of outsiders) {
      for (const route of routes()) {
        const { expected, ...request } = route;
        const res = await outsider.client.request(request);
        expect(expected, `${outsider.name}: ${route.method} ${route.url} → ${res.statusCode}`).toContain(res.statusCode);
        expect(res.json().code, `${outsider.name}: ${route.method} ${route.url}`).toMatch(/^(care_requests|documents)\.not_found$/);
        expect(res.body).not.toMatch(/confidentiel|ordonnance|secret/i);
      }
    }
  });

  it('answers the same to a missing fiche and document, so an outsider cannot tell one exists', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const forMissing = await gp.get(`/api/care-requests/${missing}/timeline`);
    const forHidden = await outsiders[0]!.client.get(`/api/care-requests/${fiche.id}/timeline`);
    expect([forMissing.statusCode, forMissing.json()]).toEqual([forHidden.statusCode, forHidden.json()]);
    const missingDocument = await gp.get(`/api/documents/${missing}`);
    const hiddenDocument = await outsiders[0]!.client.get(`/api/documents/${documentId}`);
    expect([missingDocument.statusCode, missingDocument.json()]).toEqual([hiddenDocument.statusCode, hiddenDocument.json()]);
  });

  it('answers 401 to a visitor who is not signed in, on every route', async () => {
    const visitor = await anonymousClient(t.app);
    for (const route of routes()) {
      const { expected: _expected, ...request } = route;
      const res = await visitor.request(request);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().code).toBe('auth.unauthenticated');
    }
  });

  it('changed nothing: the fiche still has one comment, one document and no other line', async () => {
    const view = (await gp.get(`/api/care-requests/${fiche.id}`)).json().careRequest;
    expect(view.status).toBe('dispatching');
    expect(view.timeline.map((line: { kind: string }) => line.kind).sort()).toEqual(['comment', 'document_added', 'round_started']);
    expect((await gp.get(`/api/care-requests/${fiche.id}/documents`)).json().documents).toHaveLength(1);
  });
});
