import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authDb } from '../../../test/support/auth-db.js';
import { createNetwork, createProfessional, places, requestBlock, tamperWithTimeline } from '../../../test/support/care-requests.js';
import { loginAs, type TestClient } from '../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { accessLogOf, patientInput } from '../../../test/support/patients.js';
import { openEventStream } from '../../../test/support/sse.js';

const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

describe('fiche comments and tags, and the horodatage', () => {
  let t: TestApp;
  let gp: TestClient;
  let colleague: TestClient;
  let orgSupervisor: TestClient;
  let networkSupervisor: TestClient;
  let stranger: TestClient;
  const nurses: { id: string; client: TestClient; name: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const organisationId = (await createOrganisation(db)).id;
    const doctor = await createProfessional(db, 'medecin_generaliste', places.evry, { organisationId, lastName: 'Morel', firstName: 'Claire' });
    gp = await loginAs(t.app, doctor.email);
    colleague = await loginAs(t.app, (await createUser(db, { profession: 'infirmier', organisationId })).email);
    const orgBoss = await createUser(db, { profession: 'superviseur', lastName: 'Roux', firstName: 'Isabelle' });
    await authDb(db).supervise(orgBoss.id, { organisationId });
    orgSupervisor = await loginAs(t.app, orgBoss.email);
    const networkId = await createNetwork(db, [doctor.id]);
    const cptsBoss = await createUser(db, { profession: 'superviseur', lastName: 'Blanc', firstName: 'Hugo' });
    await authDb(db).supervise(cptsBoss.id, { networkId });
    networkSupervisor = await loginAs(t.app, cptsBoss.email);
    stranger = await loginAs(t.app, (await createProfessional(db, 'medecin_generaliste', places.etampes)).email);
    for (const [index, place] of [places.evryNorth, places.corbeil].entries()) {
      const nurse = await createProfessional(db, 'infirmier', place, { lastName: `Soignante${'AB'[index]}`, firstName: 'Léa' });
      nurses.push({ id: nurse.id, client: await loginAs(t.app, nurse.email), name: `SOIGNANTE${'AB'[index]} Léa` });
    }
  });
  afterAll(async () => t.close());

  const nurse = (index: number) => {
    const found = nurses[index];
    if (!found) throw new Error('no such nurse');
    return found;
  };

  async function newRequest(): Promise<{ id: string; number: number; patientId: string }> {
    const patientId = (await gp.post('/api/patients', patientInput())).json().patient.id;
    const res = await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock()] });
    expect(res.statusCode, res.body).toBe(201);
    return { ...res.json().batch.requests[0], patientId };
  }

  it('adds a comment with its tag to the horodatage, "(NOM Prénom - profession) : commentaire", and the tag to the fiche once', async () => {
    const request = await newRequest();
    const res = await gp.post(`/api/care-requests/${request.id}/comments`, { text: '  Patient bien vu, pansement à refaire  ', tag: '#Plaie' });
    expect(res.statusCode, res.body).toBe(200);
    const fiche = res.json().careRequest;
    expect(texts(fiche.timeline)[0]).toBe('(MOREL Claire - Médecin généraliste) : Patient bien vu, pansement à refaire #Plaie');
    expect(fiche.tags).toEqual(['Plaie']);
    expect(fiche.can.comment).toBe(true);

    await gp.post(`/api/care-requests/${request.id}/comments`, { text: 'Rappeler la famille', tag: 'plaie' });
    await gp.post(`/api/care-requests/${request.id}/comments`, { text: 'Sans tag' });
    const again = (await gp.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(again.tags).toEqual(['Plaie']);
    expect(texts(again.timeline).slice(0, 3)).toEqual([
      '(MOREL Claire - Médecin généraliste) : Sans tag',
      '(MOREL Claire - Médecin généraliste) : Rappeler la famille #plaie',
      '(MOREL Claire - Médecin généraliste) : Patient bien vu, pansement à refaire #Plaie',
    ]);
    const log = await accessLogOf(t.database.db, request.patientId);
    expect(log.filter((line) => line.what === 'comment').map((line) => line.action)).toEqual(['update', 'update', 'update']);
  });

  it('refuses an empty comment and a too long tag with French field messages, and writes nothing', async () => {
    const request = await newRequest();
    const res = await gp.post(`/api/care-requests/${request.id}/comments`, { text: '   ', tag: 'x'.repeat(41) });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'validation.failed',
      fields: { text: 'Écrivez le commentaire.', tag: 'Tag trop long : 40 caractères au plus.' },
    });
    const fiche = (await gp.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(fiche.timeline.some((line: { kind: string }) => line.kind === 'comment')).toBe(false);
    expect(fiche.tags).toEqual([]);
  });

  it('is shared by the requester’s organisation, its supervisors (organisation and network) and the performer', async () => {
    const request = await newRequest();
    expect((await colleague.post(`/api/care-requests/${request.id}/comments`, { text: 'Vu avec le Dr Morel' })).statusCode).toBe(200);
    expect((await orgSupervisor.post(`/api/care-requests/${request.id}/comments`, { text: 'Suivi superviseur', tag: 'suivi' })).statusCode).toBe(200);
    expect((await networkSupervisor.post(`/api/care-requests/${request.id}/comments`, { text: 'Suivi CPTS' })).statusCode).toBe(200);
    // Before acceptance an offered nurse sees the anonymised offer: no comments, and may not write one.
    const offered = (await nurse(0).client.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(offered.can.comment).toBe(false);
    expect(offered.timeline.some((line: { kind: string }) => line.kind === 'comment')).toBe(false);
    expect(offered.tags).toEqual([]);
    expect(JSON.stringify((await nurse(0).client.get(`/api/care-requests/${request.id}/timeline`)).json())).not.toContain('Suivi');
    const refused = await nurse(0).client.post(`/api/care-requests/${request.id}/comments`, { text: 'Je regarde' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('auth.forbidden');

    expect((await nurse(0).client.post(`/api/care-requests/${request.id}/accept`)).statusCode).toBe(200);
    const reply = await nurse(0).client.post(`/api/care-requests/${request.id}/comments`, { text: 'Passage prévu à 18 h' });
    expect(reply.statusCode, reply.body).toBe(200);
    const timeline = texts((await gp.get(`/api/care-requests/${request.id}/timeline`)).json().timeline);
    expect(timeline.slice(0, 5)).toEqual([
      `(${nurse(0).name} - Infirmier(e)) : Passage prévu à 18 h`,
      `acceptation par ${nurse(0).name}`,
      expect.stringMatching(/^\(.+ - Superviseur\) : Suivi CPTS$/),
      expect.stringMatching(/^\(.+ - Superviseur\) : Suivi superviseur #suivi$/),
      expect.stringMatching(/^\(.+ - Infirmier\(e\)\) : Vu avec le Dr Morel$/),
    ]);
    expect(timeline.at(-1)).toBe('1er Déclenchement');
    // The other offered nurse lost the offer: she may not comment.
    expect((await nurse(1).client.post(`/api/care-requests/${request.id}/comments`, { text: 'Et moi ?' })).statusCode).toBe(403);
  });

  it('lets supervisors re-trigger and cancel, each action in the horodatage under their name', async () => {
    const patientId = (await gp.post('/api/patients', patientInput())).json().patient.id;
    // Nobody around practises this: the request is at once "Aucune ressource disponible".
    const batch = await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock({ profession: 'sage_femme', careActs: ['suivi_post_natal'] })] });
    const request = batch.json().batch.requests[0];
    expect(request.status).toBe('unanswered');
    const retriggered = await networkSupervisor.post(`/api/care-requests/${request.id}/rounds`, { radiusKm: 30, restrictToNetwork: false });
    expect(retriggered.statusCode, retriggered.body).toBe(200);
    const cancelled = await orgSupervisor.post(`/api/care-requests/${request.id}/cancel`, { reason: 'Patiente hospitalisée' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const lines = (await gp.get(`/api/care-requests/${request.id}/timeline`)).json().timeline;
    expect(lines.map((line: { text: string; by: string | null }) => [line.text, line.by])).toEqual([
      ['2e déclenchement annulé Motif : Patiente hospitalisée', 'ROUX Isabelle (Superviseur)'],
      ['Aucune ressource disponible', null],
      ['2e Déclenchement', 'BLANC Hugo (Superviseur)'],
      ['Aucune ressource disponible', null],
      ['1er Déclenchement', 'MOREL Claire (Médecin généraliste)'],
    ]);
  });

  it('answers 404 to a user with no right, by id, on comments and on the horodatage, as for a missing fiche', async () => {
    const request = await newRequest();
    for (const res of [
      await stranger.post(`/api/care-requests/${request.id}/comments`, { text: 'Intrusion' }),
      await stranger.get(`/api/care-requests/${request.id}/timeline`),
      await gp.get('/api/care-requests/00000000-0000-4000-8000-000000000000/timeline'),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('care_requests.not_found');
    }
    const fiche = (await gp.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(texts(fiche.timeline)).not.toContain(expect.stringContaining('Intrusion'));
  });

  it('keeps the horodatage append-only: no route changes or removes a line, and the database refuses it', async () => {
    const request = await newRequest();
    await gp.post(`/api/care-requests/${request.id}/comments`, { text: 'Première note' });
    const [line] = (await gp.get(`/api/care-requests/${request.id}/timeline`)).json().timeline;
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of [`/api/care-requests/${request.id}/timeline/${line.id}`, `/api/care-requests/${request.id}/comments/${line.id}`, `/api/care-requests/${request.id}/timeline`]) {
        const res = await gp.request({ method, url, payload: { text: 'Réécrit' } });
        expect([404, 405]).toContain(res.statusCode);
      }
    }
    const { update, remove } = await tamperWithTimeline(t.database.db);
    await expect(update).rejects.toThrow();
    await expect(remove).rejects.toThrow();
    expect(texts((await gp.get(`/api/care-requests/${request.id}/timeline`)).json().timeline)[0]).toBe('(MOREL Claire - Médecin généraliste) : Première note');
  });

  it('shows a comment live to the performer and to the supervisors', async () => {
    const request = await newRequest();
    expect((await nurse(1).client.post(`/api/care-requests/${request.id}/accept`)).statusCode).toBe(200);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const streams = await Promise.all([nurse(1).client, orgSupervisor, networkSupervisor].map((client) => openEventStream(address, client.cookies)));
    try {
      await gp.post(`/api/care-requests/${request.id}/comments`, { text: 'Merci pour la prise en charge' });
      for (const stream of streams) expect(await stream.next()).toEqual({ event: 'changed', data: { careRequestId: request.id } });
    } finally {
      for (const stream of streams) stream.close();
    }
  });
});
