import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceKm, matchProfessional } from '../../core/care-requests/matching.js';
import type { MatchCriteria, ProfessionalFacts } from '../../core/care-requests/types.js';
import { startWindow } from '../../core/care-requests/window.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { addAbsence, demoProfessionalFacts, offersOf, requestBlock, seedDemoTerritory } from '../../../test/support/care-requests.js';
import { loginAs, type TestClient } from '../../../test/support/client.js';
import { evryAddress, patientInput } from '../../../test/support/patients.js';

/** Next Tuesday (a working day of every demo professional) in Paris. */
function nextTuesday(): string {
  const today = new Date(`${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())}T00:00:00Z`);
  const days = ((2 - today.getUTCDay() + 7) % 7) + 7;
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('déclenchement on the demo territory', () => {
  let t: TestApp;
  let gp: TestClient;
  let facts: ProfessionalFacts[];
  let me: string;
  const patientHome = { lat: evryAddress.lat, lng: evryAddress.lng };
  const startOn = nextTuesday();

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoTerritory(t.database.db);
    gp = await loginAs(t.app, 'medecin@declic.demo', 'declic-demo-2026');
    facts = await demoProfessionalFacts(t.database.db);
    me = (await gp.get('/api/care-requests/caller')).json().caller.id;
  });
  afterAll(async () => t.close());

  async function trigger(block: Record<string, unknown>) {
    const patientId = (await gp.post('/api/patients', patientInput())).json().patient.id;
    const res = await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock({ startWithinMinutes: null, startOn, ...block })] });
    expect(res.statusCode, res.body).toBe(201);
    const request = res.json().batch.requests[0];
    const offered = (await offersOf(t.database.db, request.id)).map((o) => o.userId).sort();
    expect(request.offeredCount).toBe(offered.length);
    return { request, offered };
  }

  const criteria = (overrides: Partial<MatchCriteria> = {}): MatchCriteria => ({
    profession: 'infirmier',
    careActs: ['bilan_sang'],
    careMode: 'visite',
    patient: patientHome,
    radiusKm: null,
    networkIds: null,
    window: startWindow({ startOn, startWithinMinutes: null, timeZone: 'Europe/Paris' }, new Date()),
    ...overrides,
  });

  it('offers an infirmier(e) "Bilan sang" visite to exactly the nurses whose area covers the patient', async () => {
    const { offered } = await trigger({});
    const expected = facts.filter((f) => matchProfessional(criteria(), f) === null).map((f) => f.userId).sort();
    expect(offered).toEqual(expected);
    expect(offered.length).toBeGreaterThan(1);
    const nurses = facts.filter((f) => f.profession === 'infirmier');
    for (const nurse of nurses.filter((n) => n.practice && distanceKm(patientHome, n.practice) > n.serviceRadiusKm)) {
      expect(offered).not.toContain(nurse.userId);
    }
    // Some nurses are out of reach, and no other profession is offered.
    expect(nurses.some((n) => n.practice && distanceKm(patientHome, n.practice) > 10)).toBe(true);
    expect(offered.every((id) => nurses.some((n) => n.userId === id))).toBe(true);
  });

  it('does not offer a nurse who is absent on the date', async () => {
    const { offered } = await trigger({});
    const absent = offered[0] ?? '';
    await addAbsence(t.database.db, absent, startOn, startOn);
    const again = await trigger({});
    expect(again.offered).toEqual(offered.filter((id) => id !== absent));
  });

  it('restricted to the network, leaves out the nurses outside the CPTS', async () => {
    const open = await trigger({});
    const restricted = await trigger({ restrictToNetwork: true });
    const gpNetworks = facts.find((f) => f.userId === me)?.networkIds ?? [];
    const outside = open.offered.filter((id) => !facts.find((f) => f.userId === id)?.networkIds.some((n) => gpNetworks.includes(n)));
    expect(outside.length).toBeGreaterThan(0);
    expect(restricted.offered).toEqual(open.offered.filter((id) => !outside.includes(id)));
  });
});
