import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAbsence,
  careRequestNumbersInHistory,
  countCareRequests,
  createNetwork,
  createProfessional,
  emailOf,
  offersOf,
  places,
  requestBlock,
  runJobsOnce,
  setRequestedActs,
  tamperWithTimeline,
} from '../../../test/support/care-requests.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { loginAs, type TestClient } from '../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { accessLogOf, patientInput, testClock, type TestClock } from '../../../test/support/patients.js';

const localToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('care requests API — déclenchement', () => {
  let t: TestApp;
  let clock: TestClock;
  let gp: TestClient;
  let gpId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    clock = testClock();
    t = await createTestApp({ overrides: { clock } });
    const { db } = t.database;
    const organisationId = (await createOrganisation(db, { name: 'Cabinet médical des Tilleuls' })).id;
    const doctor = await createProfessional(db, 'medecin_generaliste', places.evry, { firstName: 'Claire', lastName: 'Morel', organisationId });
    gpId = doctor.id;
    gp = await loginAs(t.app, doctor.email);
    ids.nurseNear = (await createProfessional(db, 'infirmier', places.evryNorth)).id;
    ids.nurseCorbeil = (await createProfessional(db, 'infirmier', places.corbeil)).id;
    ids.nurseFar = (await createProfessional(db, 'infirmier', places.etampes)).id;
    ids.nurseAbsent = (await createProfessional(db, 'infirmier', places.evry)).id;
    ids.nurseNoBloodTest = (await createProfessional(db, 'infirmier', places.evry, { careActs: ['pansement'] })).id;
    ids.nurseInactive = (await createProfessional(db, 'infirmier', places.evry, { active: false })).id;
    ids.kine = (await createProfessional(db, 'masseur_kinesitherapeute', places.evryNorth)).id;
    await addAbsence(db, ids.nurseAbsent, addDays(localToday(), -1), addDays(localToday(), 5));
    await createNetwork(db, [gpId, ids.nurseNear ?? '', ids.kine ?? '']);
  });
  afterAll(async () => t.close());

  async function newPatient(client = gp): Promise<string> {
    const res = await client.post('/api/patients', patientInput());
    expect(res.statusCode, res.body).toBe(201);
    return res.json().patient.id;
  }

  const trigger = (patientId: string, requests: unknown[], client = gp) =>
    client.post('/api/care-request-batches', { patientId, callerPhone: '06 12 34 56 78', directLine: '01 60 00 00 01', requests });

  const countRows = () => countCareRequests(t.database.db);
  const runJobs = () => runJobsOnce(t, clock);

  it('prefills APPELANT from the account', async () => {
    const res = await gp.get('/api/care-requests/caller');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().caller).toMatchObject({ id: gpId, firstName: 'Claire', lastName: 'Morel', profession: 'medecin_generaliste', organisationName: 'Cabinet médical des Tilleuls' });
  });

  it('triggers an infirmier(e) and a kiné in one submission, offering only the matching professionals', async () => {
    const patientId = await newPatient();
    const res = await trigger(patientId, [requestBlock(), requestBlock({ profession: 'masseur_kinesitherapeute', careActs: ['kine_respiratoire'] })]);
    expect(res.statusCode, res.body).toBe(201);
    const [nurseRequest, kineRequest] = res.json().batch.requests;
    // Near, Corbeil (within 10 km): yes. Étampes (29 km), absent, without the act, inactive: no.
    expect(nurseRequest).toMatchObject({ profession: 'infirmier', status: 'dispatching', offeredCount: 2, serviceName: 'Cabinet médical des Tilleuls' });
    expect(nurseRequest.careActs).toEqual([{ code: 'bilan_sang', label: 'Bilan sang' }]);
    expect(kineRequest).toMatchObject({ profession: 'masseur_kinesitherapeute', offeredCount: 1 });
    expect(String(nurseRequest.number)).toMatch(/^\d{8}$/);
    expect(kineRequest.number).not.toBe(nurseRequest.number);

    const offered = await offersOf(t.database.db, nurseRequest.id);
    expect(offered.map((o) => o.userId).sort()).toEqual([ids.nurseNear, ids.nurseCorbeil].sort());
    expect(offered.every((o) => o.phase === 'open')).toBe(true);

    const fiche = await gp.get(`/api/care-requests/${nurseRequest.id}`);
    expect(fiche.statusCode, fiche.body).toBe(200);
    expect(fiche.json().careRequest).toMatchObject({
      number: nurseRequest.number,
      status: 'dispatching',
      offerCount: 2,
      requester: { id: gpId, callerPhone: '+33612345678', directLine: '+33160000001' },
      patient: { view: 'full', id: patientId },
      rounds: [{ number: 1, offerCount: 2, usualFirst: false }],
      can: { retrigger: false },
    });
    expect(fiche.json().careRequest.timeline.map((line: { text: string }) => line.text)).toEqual(['1er Déclenchement']);

    expect((await careRequestNumbersInHistory(t.database.db, patientId)).sort()).toEqual([nurseRequest.number, kineRequest.number].sort());
    expect((await gp.get('/api/care-requests/caller')).json().caller.directLine).toBe('+33160000001');
  });

  it('makes one batch of a submission sent twice with the same client key (a retry after a network error)', async () => {
    const patientId = await newPatient();
    const before = await countRows();
    const clientKey = '5b1f3c2e-8a7d-4c1b-9e0f-2a3b4c5d6e7f';
    const body = { patientId, clientKey, requests: [requestBlock()] };
    const [first, second] = await Promise.all([gp.post('/api/care-request-batches', body), gp.post('/api/care-request-batches', body)]);
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().batch).toEqual(first.json().batch);
    const third = await gp.post('/api/care-request-batches', body);
    expect(third.json().batch).toEqual(first.json().batch);
    expect(await countRows()).toBe(before + 1);
    // Another key is another submission.
    expect((await gp.post('/api/care-request-batches', { ...body, clientKey: 'another-key' })).json().batch.id).not.toBe(first.json().batch.id);
  });

  it('finds a fiche by its number, with or without "#"', async () => {
    const patientId = await newPatient();
    const created = (await trigger(patientId, [requestBlock()])).json().batch.requests[0];
    for (const number of [String(created.number), `%23${created.number}`]) {
      const res = await gp.get(`/api/care-requests/number/${number}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().careRequest.id).toBe(created.id);
    }
  });

  it('refuses a block without comment, or with both date and délai, with the seed messages, and writes nothing', async () => {
    const patientId = await newPatient();
    const before = await countRows();
    const res = await trigger(patientId, [
      requestBlock({ comment: '  ' }),
      requestBlock({ profession: 'masseur_kinesitherapeute', careActs: ['drainage'], startOn: addDays(localToday(), 2) }),
    ]);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().fields).toEqual({
      'requests.0.comment': 'Vous ne pouvez pas faire un déclenchement sans rentrer un commentaire !',
      'requests.1.startOn': 'Indiquez une date d’intervention OU un délai d’intervention, pas les deux.',
    });
    expect(await countRows()).toBe(before);
  });

  it('refuses an empty batch and an unknown patient', async () => {
    const patientId = await newPatient();
    expect((await trigger(patientId, [])).json().code).toBe('care_requests.batch_empty');
    const stranger = await loginAs(t.app, (await createUser(t.database.db)).email);
    const res = await trigger(patientId, [requestBlock()], stranger);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('patients.not_found');
  });

  it('restricts to the requester’s network when asked', async () => {
    const patientId = await newPatient();
    const res = await trigger(patientId, [requestBlock({ restrictToNetwork: true })]);
    const request = res.json().batch.requests[0];
    expect(request.offeredCount).toBe(1);
    const offered = await offersOf(t.database.db, request.id);
    expect(offered.map((o) => o.userId)).toEqual([ids.nurseNear]);
  });

  it('says "Aucune ressource disponible" when nobody matches, and re-triggers with a wider radius', async () => {
    const patientId = await newPatient();
    const res = await trigger(patientId, [requestBlock({ careActs: ['perfusion'] })]);
    const request = res.json().batch.requests[0];
    expect(request).toMatchObject({ status: 'unanswered', offeredCount: 0 });
    const fiche = (await gp.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(fiche.status).toBe('unanswered');
    expect(fiche.can.retrigger).toBe(true);
    expect(fiche.timeline.map((line: { text: string }) => line.text)).toEqual(['Aucune ressource disponible', '1er Déclenchement']);

    await setRequestedActs(t.database.db, request.id, ['bilan_sang']);
    const widened = await gp.post(`/api/care-requests/${request.id}/rounds`, { radiusKm: 40, restrictToNetwork: false });
    expect(widened.statusCode, widened.body).toBe(200);
    expect(widened.json().offeredCount).toBe(3);
    expect(widened.json().careRequest).toMatchObject({ status: 'dispatching', rounds: [{ number: 1, offerCount: 0 }, { number: 2, offerCount: 3, radiusKm: 40 }] });
    expect(widened.json().careRequest.timeline[0].text).toBe('2e Déclenchement');

    const again = await gp.post(`/api/care-requests/${request.id}/rounds`, { radiusKm: null, restrictToNetwork: false });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('care_requests.invalid_transition');
  });

  it('offers the usual professional alone first, then everyone at half the deadline, then gives up at the deadline', async () => {
    const { db } = t.database;
    const patientId = await newPatient();
    const usual = await createProfessional(db, 'infirmier', places.etampes, { firstName: 'Julien', lastName: 'Bernard', rpps: '10000000016' });
    const set = await gp.put(`/api/patients/${patientId}/usual-professionals/infirmier`, { userId: usual.id });
    expect(set.statusCode, set.body).toBe(200);

    const request = (await trigger(patientId, [requestBlock({ responseDeadlineMinutes: 60 })])).json().batch.requests[0];
    expect(request.offeredCount).toBe(1);
    const usualClient = await loginAs(t.app, usual.email);
    const usualView = (await usualClient.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(usualView.patient).toMatchObject({ view: 'full', id: patientId });

    clock.advance(29 * 60_000);
    await runJobs();
    const before = await offersOf(db, request.id);
    expect(before.map((o) => o.userId)).toEqual([usual.id]);

    clock.advance(2 * 60_000);
    await runJobs();
    const widened = await offersOf(db, request.id);
    expect(widened.filter((o) => o.phase === 'open').map((o) => o.userId).sort()).toEqual([ids.nurseNear, ids.nurseCorbeil].sort());

    const nearClient = await loginAs(t.app, await emailOf(db, ids.nurseNear ?? ''));
    const anonymised = (await nearClient.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(anonymised.patient).toEqual({ view: 'anonymised', sex: 'F', ageYears: expect.any(Number), city: 'Évry-Courcouronnes', postcode: '91000', distanceKm: 1.3 });
    expect(JSON.stringify(anonymised)).not.toContain('Lambert');
    expect(anonymised.requester.callerPhone).toBeNull();

    clock.advance(30 * 60_000);
    await runJobs();
    const fiche = (await gp.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(fiche.status).toBe('unanswered');
    expect(fiche.timeline.map((line: { text: string }) => line.text)).toEqual([
      'Aucune ressource disponible',
      '1er Déclenchement élargi à tous les intervenants',
      '1er Déclenchement',
    ]);
  });

  it('shows each request of "Demandes reçues" as that professional may see it: in full as usual professional, anonymised otherwise', async () => {
    const { db } = t.database;
    const anonymousPatient = await newPatient();
    const anonymous = (await trigger(anonymousPatient, [requestBlock()])).json().batch.requests[0];
    const followedPatient = await newPatient();
    expect((await gp.put(`/api/patients/${followedPatient}/usual-professionals/infirmier`, { userId: ids.nurseNear })).statusCode).toBe(200);
    const followed = (await trigger(followedPatient, [requestBlock()])).json().batch.requests[0];
    expect(followed.offeredCount).toBe(1);

    const nearClient = await loginAs(t.app, await emailOf(db, ids.nurseNear ?? ''));
    const received: { offer: { phase: string }; careRequest: { id: string; patient: { view: string } } }[] = (await nearClient.get('/api/offers')).json().offers;
    const lineOf = (id: string) => received.find((line) => line.careRequest.id === id);
    expect(lineOf(followed.id)).toMatchObject({ offer: { phase: 'usual' }, careRequest: { patient: { view: 'full' } } });
    expect(lineOf(anonymous.id)).toMatchObject({ offer: { phase: 'open' }, careRequest: { patient: { view: 'anonymised' } } });
    // The patient shown in full is a traced read; the anonymised one is not.
    const readsBy = async (patientId: string) => (await accessLogOf(db, patientId)).filter((row) => row.userId === ids.nurseNear && row.action === 'read');
    expect(await readsBy(followedPatient)).toEqual([expect.objectContaining({ what: 'care_request' })]);
    expect(await readsBy(anonymousPatient)).toEqual([]);
  });

  it('lets a requester of the asked profession take the request themself (Auto déclenchement)', async () => {
    const patientId = await newPatient();
    const res = await trigger(patientId, [requestBlock({ profession: 'medecin_generaliste', careActs: ['consultation'], careMode: 'visio', selfDispatch: true })]);
    expect(res.statusCode, res.body).toBe(201);
    const request = res.json().batch.requests[0];
    expect(request).toMatchObject({ status: 'accepted', offeredCount: 0 });
    const fiche = (await gp.get(`/api/care-requests/${request.id}`)).json().careRequest;
    expect(fiche).toMatchObject({ selfDispatched: true, performer: { id: gpId } });
    expect(fiche.timeline.map((line: { text: string }) => line.text)).toEqual(['acceptation par MOREL Claire', 'Auto déclenchement par MOREL Claire']);

    const refused = await trigger(patientId, [requestBlock({ selfDispatch: true })]);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('care_requests.self_dispatch_forbidden');
  });

  it('hides a fiche from anyone without a right, by id and by number, admins included', async () => {
    const patientId = await newPatient();
    const request = (await trigger(patientId, [requestBlock()])).json().batch.requests[0];
    const { db } = t.database;
    const outsiders = [
      await loginAs(t.app, (await createUser(db, { profession: 'infirmier' })).email),
      await loginAs(t.app, (await createUser(db, { profession: 'superviseur', isAdmin: true })).email),
    ];
    for (const client of outsiders) {
      for (const url of [`/api/care-requests/${request.id}`, `/api/care-requests/number/${request.number}`]) {
        const res = await client.get(url);
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('care_requests.not_found');
      }
      expect((await client.post(`/api/care-requests/${request.id}/rounds`, { restrictToNetwork: false })).statusCode).toBe(404);
      expect((await client.get('/api/care-requests')).json().careRequests).toEqual([]);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/care-requests/${request.id}` })).statusCode).toBe(401);
  });

  it('lists "Mes fiches" newest first with their latest horodatage lines', async () => {
    const res = await gp.get('/api/care-requests?days=14');
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json().careRequests;
    expect(list.length).toBeGreaterThan(3);
    const times = list.map((r: { createdAt: string }) => Date.parse(r.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(list[0].timeline.length).toBeGreaterThan(0);
    expect(list.every((r: { patient: { view: string } }) => r.patient.view === 'full')).toBe(true);
  });

  it('keeps the horodatage append-only in the database', async () => {
    const attempts = await tamperWithTimeline(t.database.db);
    await expect(attempts.update).rejects.toThrow();
    await expect(attempts.remove).rejects.toThrow();
  });
});
