import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anotherInstance, createTestApp, type TestApp } from '../../../test/support/app.js';
import { createProfessional, offersOf, places, requestBlock } from '../../../test/support/care-requests.js';
import { loginAs, type TestClient } from '../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { patientInput } from '../../../test/support/patients.js';
import { openEventStream } from '../../../test/support/sse.js';

const texts = (careRequest: { timeline: { text: string }[] }) => careRequest.timeline.map((line) => line.text);

describe('offers — acceptance, decline, cancellation, visits, hand back', () => {
  let t: TestApp;
  let gp: TestClient;
  const nurses: { id: string; client: TestClient; lastName: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const organisationId = (await createOrganisation(db)).id;
    const doctor = await createProfessional(db, 'medecin_generaliste', places.evry, { organisationId });
    gp = await loginAs(t.app, doctor.email);
    for (const [index, place] of [places.evryNorth, places.corbeil, places.evry].entries()) {
      const nurse = await createProfessional(db, 'infirmier', place, { lastName: `Infirmiere${'ABC'[index]}` });
      nurses.push({ id: nurse.id, client: await loginAs(t.app, nurse.email), lastName: nurse.lastName });
    }
  });
  afterAll(async () => t.close());

  async function newRequest(): Promise<{ id: string; number: number }> {
    const patientId = (await gp.post('/api/patients', patientInput({ digicode: '4521B', floor: '3' }))).json().patient.id;
    const res = await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock()] });
    expect(res.statusCode, res.body).toBe(201);
    const request = res.json().batch.requests[0];
    expect(request.offeredCount).toBe(3);
    return request;
  }

  const nurse = (index: number) => {
    const found = nurses[index];
    if (!found) throw new Error('no such nurse');
    return found;
  };

  it('lists the offer in "Demandes reçues", anonymised, and marks it seen when opened', async () => {
    const request = await newRequest();
    const received = (await nurse(0).client.get('/api/offers')).json().offers;
    const line = received.find((o: { careRequest: { id: string } }) => o.careRequest.id === request.id);
    expect(line.offer).toMatchObject({ phase: 'open', response: null, seenAt: null });
    expect(line.careRequest.patient.view).toBe('anonymised');
    expect(JSON.stringify(line.careRequest)).not.toContain('4521B');
    expect(line.careRequest.requester).toMatchObject({ mobilePhone: null, email: null, callerPhone: null });
    // The lines of one request, as a page refreshes them on a live event: the same as in the list; none without an offer.
    expect((await nurse(0).client.get(`/api/offers/${request.id}`)).json().offers).toEqual([line]);
    expect((await gp.get(`/api/offers/${request.id}`)).json().offers).toEqual([]);
    expect((await nurse(0).client.get('/api/offers/not-an-id')).statusCode).toBe(422);

    const fiche = (await nurse(0).client.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(fiche.can).toMatchObject({ accept: true, decline: true, cancel: false, recordVisit: false, seeResources: false });
    expect(fiche.myOffer.seenAt).not.toBeNull();
    const resources = (await gp.get(`/api/care-requests/${request.id}/resources`)).json().resources;
    expect(resources).toHaveLength(3);
    expect(resources.filter((r: { seenAt: string | null }) => r.seenAt !== null).map((r: { professional: { id: string } }) => r.professional.id)).toEqual([nurse(0).id]);
    expect((await nurse(0).client.get(`/api/care-requests/${request.id}/resources`)).statusCode).toBe(403);
  });

  it('gives the request to the first who accepts; the others get "déjà pris en charge"', async () => {
    const request = await newRequest();
    const winner = await nurse(1).client.post(`/api/care-requests/${request.id}/accept`);
    expect(winner.statusCode, winner.body).toBe(200);
    expect(winner.json().careRequest).toMatchObject({ status: 'accepted', performer: { id: nurse(1).id }, patient: { view: 'full' } });
    // The winner now sees the home's complements and the requester's contacts.
    expect(winner.json().careRequest.patient).toMatchObject({ digicode: '4521B', floor: '3' });
    expect(winner.json().careRequest.requester.mobilePhone).toBe('+33612345678');

    const late = await nurse(0).client.post(`/api/care-requests/${request.id}/accept`);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'care_requests.already_taken', message: 'Déjà pris en charge : un autre professionnel a accepté cette demande.' });
    expect((await nurse(1).client.post(`/api/care-requests/${request.id}/accept`)).statusCode).toBe(200);

    const fiche = (await gp.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(texts(fiche)[0]).toBe(`acceptation par ${nurse(1).lastName.toUpperCase()} Camille`);
    const answers = (await gp.get(`/api/care-requests/${request.id}/resources`)).json().resources;
    expect(Object.fromEntries(answers.map((r: { professional: { id: string }; response: string }) => [r.professional.id, r.response]))).toEqual({
      [nurse(0).id]: 'withdrawn',
      [nurse(1).id]: 'accepted',
      [nurse(2).id]: 'withdrawn',
    });
    const stranger = await loginAs(t.app, (await createUser(t.database.db)).email);
    expect((await stranger.post(`/api/care-requests/${request.id}/accept`)).statusCode).toBe(404);
  });

  it('has exactly one winner among concurrent accepts', async () => {
    const request = await newRequest();
    const answers = await Promise.all(nurses.map((n) => n.client.post(`/api/care-requests/${request.id}/accept`)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409]);
    const offers = await offersOf(t.database.db, request.id);
    expect(offers).toHaveLength(3);
  });

  it('records a decline with its reason; "autre" needs a text', async () => {
    const request = await newRequest();
    const missing = await nurse(2).client.post(`/api/care-requests/${request.id}/decline`, { reason: 'autre' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().fields).toEqual({ comment: 'Indiquez le motif.' });
    const res = await nurse(2).client.post(`/api/care-requests/${request.id}/decline`, { reason: 'hors_zone' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().careRequest.can.accept).toBe(false);
    expect((await nurse(2).client.post(`/api/care-requests/${request.id}/accept`)).json().code).toBe('care_requests.offer_closed');
    const resources = (await gp.get(`/api/care-requests/${request.id}/resources`)).json().resources;
    expect(resources.find((r: { professional: { id: string } }) => r.professional.id === nurse(2).id)).toMatchObject({ response: 'declined', declineReason: 'hors_zone' });
  });

  it('cancels with a mandatory reason, withdrawing every offer', async () => {
    const request = await newRequest();
    expect((await gp.post(`/api/care-requests/${request.id}/cancel`, { reason: ' ' })).json().fields).toEqual({ reason: 'Indiquez le motif.' });
    expect((await nurse(0).client.post(`/api/care-requests/${request.id}/cancel`, { reason: 'Erreur' })).statusCode).toBe(403);
    const res = await gp.post(`/api/care-requests/${request.id}/cancel`, { reason: 'Patient hospitalisé' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().careRequest.status).toBe('cancelled');
    expect(texts(res.json().careRequest)[0]).toBe('1er déclenchement annulé Motif : Patient hospitalisé');
    expect((await nurse(0).client.post(`/api/care-requests/${request.id}/accept`)).json().code).toBe('care_requests.offer_closed');
    expect((await gp.post(`/api/care-requests/${request.id}/cancel`, { reason: 'Encore' })).json().code).toBe('care_requests.invalid_transition');
  });

  it('lets the performer record visits against the plan, then close', async () => {
    const request = await newRequest();
    await nurse(0).client.post(`/api/care-requests/${request.id}/accept`);
    expect((await nurse(1).client.post(`/api/care-requests/${request.id}/visits`)).statusCode).toBe(403);
    await nurse(0).client.post(`/api/care-requests/${request.id}/visits`);
    const second = (await nurse(0).client.post(`/api/care-requests/${request.id}/visits`)).json().careRequest;
    expect(second).toMatchObject({ status: 'in_progress', visits: { done: 2, planned: 1 } });
    expect(texts(second).slice(0, 2)).toEqual(['2e passage', '1er passage']);
    const closed = (await nurse(0).client.post(`/api/care-requests/${request.id}/complete`)).json().careRequest;
    expect(closed.status).toBe('completed');
    expect((await nurse(0).client.post(`/api/care-requests/${request.id}/visits`)).json().code).toBe('care_requests.invalid_transition');
    const fiche = (await gp.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(fiche.visits.done).toBe(2);
  });

  it('re-dispatches a request the performer hands back, without them', async () => {
    const request = await newRequest();
    await nurse(0).client.post(`/api/care-requests/${request.id}/accept`);
    const res = await nurse(0).client.post(`/api/care-requests/${request.id}/hand-back`, { reason: 'Imprévu familial' });
    expect(res.statusCode, res.body).toBe(200);
    const fiche = (await gp.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(fiche).toMatchObject({ status: 'dispatching', performer: null });
    expect(texts(fiche).slice(0, 2)).toEqual(['2e Déclenchement', `Prise en charge rendue par ${nurse(0).lastName.toUpperCase()} Camille Motif : Imprévu familial`]);
    expect(fiche.rounds.map((r: { offerCount: number }) => r.offerCount)).toEqual([3, 2]);
    expect((await nurse(1).client.post(`/api/care-requests/${request.id}/accept`)).statusCode).toBe(200);
  });

  it('streams live events: the offer to the nurses, "déjà pris en charge" to the others, the acceptance to the requester', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const streams = await Promise.all([nurse(0).client, nurse(1).client, gp].map((client) => openEventStream(address, client.cookies)));
    try {
      const request = await newRequest();
      const [first, second, requester] = streams;
      if (!first || !second || !requester) throw new Error('streams not open');
      expect(await first.next()).toEqual({ event: 'offer', data: { careRequestId: request.id } });
      expect(await second.next()).toEqual({ event: 'offer', data: { careRequestId: request.id } });
      await nurse(0).client.post(`/api/care-requests/${request.id}/accept`);
      expect(await second.next()).toEqual({ event: 'taken', data: { careRequestId: request.id } });
      expect(await requester.next()).toEqual({ event: 'changed', data: { careRequestId: request.id } });
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  it('carries live events from one app instance to the streams of another (LISTEN/NOTIFY)', async () => {
    const other = await anotherInstance(t);
    const address = await other.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(address, nurse(2).client.cookies);
    try {
      // The request is made through the first instance; the nurse listens on the second.
      const request = await newRequest();
      expect(await stream.next()).toEqual({ event: 'offer', data: { careRequestId: request.id } });
    } finally {
      stream.close();
      await other.close();
    }
  });
});
