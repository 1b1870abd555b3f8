import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../http/server.js';
import { anotherInstance, createTestApp, type TestApp } from '../../../test/support/app.js';
import { createProfessional, places, requestBlock } from '../../../test/support/care-requests.js';
import { loginAs, type TestClient } from '../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { patientInput } from '../../../test/support/patients.js';

const NURSES = 8;

describe('offers — concurrent accepts of one request on two app instances', () => {
  let t: TestApp;
  let other: App;
  let gp: TestClient;
  const nurses: { id: string; client: TestClient }[] = [];
  const strangers: TestClient[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    other = await anotherInstance(t);
    const { db } = t.database;
    const doctor = await createProfessional(db, 'medecin_generaliste', places.evry, { organisationId: (await createOrganisation(db)).id });
    gp = await loginAs(t.app, doctor.email);
    const instances = [t.app, other];
    for (let i = 0; i < NURSES; i++) {
      const nurse = await createProfessional(db, 'infirmier', [places.evryNorth, places.corbeil, places.evry][i % 3] ?? places.evry);
      nurses.push({ id: nurse.id, client: await loginAs(instances[i % 2] ?? t.app, nurse.email) });
    }
    for (const app of instances) strangers.push(await loginAs(app, (await createUser(db)).email));
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('gives the request to one of them; the other holders get "déjà pris en charge", strangers 404, the winner a second 200', async () => {
    const patientId = (await gp.post('/api/patients', patientInput())).json().patient.id;
    const created = await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock()] });
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json().batch.requests[0];
    expect(request.offeredCount).toBe(NURSES);
    const accept = (client: TestClient) => client.post(`/api/care-requests/${request.id}/accept`);
    const [decliner, ...contenders] = nurses;
    if (!decliner) throw new Error('no nurse');
    expect((await decliner.client.post(`/api/care-requests/${request.id}/decline`, { reason: 'indisponible' })).statusCode).toBe(200);

    const [answers, strangerAnswers] = await Promise.all([Promise.all(contenders.map((n) => accept(n.client))), Promise.all(strangers.map(accept))]);

    const winners = contenders.filter((_, i) => answers[i]?.statusCode === 200);
    expect(winners).toHaveLength(1);
    const winner = winners[0];
    if (!winner) throw new Error('no winner');
    expect(answers.filter((a) => a.statusCode !== 200).map((a) => [a.statusCode, a.json().code])).toEqual(
      Array.from({ length: contenders.length - 1 }, () => [409, 'care_requests.already_taken']),
    );
    expect(strangerAnswers.map((a) => [a.statusCode, a.json().code])).toEqual(strangers.map(() => [404, 'care_requests.not_found']));

    // Just after: the winner's second click shows the fiche; the one who declined is told it is taken.
    const again = await accept(winner.client);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().careRequest).toMatchObject({ status: 'accepted', performer: { id: winner.id } });
    expect((await accept(decliner.client)).json().code).toBe('care_requests.already_taken');
    expect((await accept(strangers[0] ?? gp)).statusCode).toBe(404);

    const resources = (await gp.get(`/api/care-requests/${request.id}/resources`)).json().resources;
    expect(Object.fromEntries(resources.map((r: { professional: { id: string }; response: string }) => [r.professional.id, r.response]))).toEqual(
      Object.fromEntries(nurses.map((n) => [n.id, n === decliner ? 'declined' : n === winner ? 'accepted' : 'withdrawn'])),
    );
  });
});
