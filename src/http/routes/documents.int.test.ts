import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authDb } from '../../../test/support/auth-db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { createProfessional, places, requestBlock } from '../../../test/support/care-requests.js';
import { loginAs, type TestClient } from '../../../test/support/client.js';
import { multipartForm, pdfOfSize, sampleFiles, storedDocument, type FormFile } from '../../../test/support/documents.js';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { accessLogOf, patientInput } from '../../../test/support/patients.js';
import { openEventStream } from '../../../test/support/sse.js';

const LIMIT_SENTENCE = 'Limitation à 2 Mo par fichier. Seuls les fichiers de type JPG, JPEG, PNG et PDF sont acceptés';

interface Fiche {
  id: string;
  patientId: string;
}

function upload(client: TestClient, careRequestId: string, file?: FormFile, fields?: Record<string, string>) {
  const form = multipartForm({ ...(file ? { file } : {}), ...(fields ? { fields } : {}) });
  return client.request({ method: 'POST', url: `/api/care-requests/${careRequestId}/documents`, ...form });
}

describe('documents of a fiche — "Ajouter un document à la fiche"', () => {
  let t: TestApp;
  let requester: TestClient;
  let supervisor: TestClient;
  let performer: TestClient & { id: string };
  let offered: TestClient;
  let stranger: TestClient;
  let fiche: Fiche;

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const organisationId = (await createOrganisation(db)).id;
    const doctor = await createProfessional(db, 'medecin_generaliste', places.evry, { organisationId, lastName: 'Morel', firstName: 'Claire' });
    requester = await loginAs(t.app, doctor.email);
    const boss = await createUser(db, { profession: 'superviseur' });
    await authDb(db).supervise(boss.id, { organisationId });
    supervisor = await loginAs(t.app, boss.email);
    const nurses = [
      await createProfessional(db, 'infirmier', places.evryNorth, { lastName: 'Durand', firstName: 'Léa' }),
      await createProfessional(db, 'infirmier', places.corbeil),
    ];
    stranger = await loginAs(t.app, (await createUser(db)).email);

    const patientId = (await requester.post('/api/patients', patientInput())).json().patient.id;
    const batch = await requester.post('/api/care-request-batches', { patientId, requests: [requestBlock()] });
    expect(batch.statusCode, batch.body).toBe(201);
    fiche = { id: batch.json().batch.requests[0].id, patientId };
    const [first, second] = nurses;
    if (!first || !second) throw new Error('no nurses');
    performer = Object.assign(await loginAs(t.app, first.email), { id: first.id });
    offered = await loginAs(t.app, second.email);
    expect((await performer.post(`/api/care-requests/${fiche.id}/accept`)).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('lets the requester, the supervisor and the performer add a PDF, a PNG and a JPEG, stored with their checksum', async () => {
    const cases: [TestClient, FormFile, string][] = [
      [requester, { name: '2022_07_CPTS-SNP.pdf', content: sampleFiles.pdf, type: 'application/pdf' }, 'application/pdf'],
      [supervisor, { name: 'plaie.png', content: sampleFiles.png, type: 'image/png' }, 'image/png'],
      [performer, { name: 'ordonnance.jpeg', content: sampleFiles.jpeg, type: 'image/jpeg' }, 'image/jpeg'],
    ];
    for (const [client, file, mediaType] of cases) {
      const res = await upload(client, fiche.id, file);
      expect(res.statusCode, res.body).toBe(201);
      const { document } = res.json();
      expect(document).toMatchObject({ title: file.name, fileName: file.name, mediaType, sizeBytes: file.content.length });
      const stored = await storedDocument(t.database.db, document.id);
      expect(stored.sha256).toBe(createHash('sha256').update(file.content).digest('hex'));
      expect(document.sha256).toBe(stored.sha256);
      expect(Buffer.compare(stored.content, file.content)).toBe(0);
    }

    const view = (await requester.get(`/api/care-requests/${fiche.id}`)).json().careRequest;
    expect(view.can.addDocument).toBe(true);
    const lines = view.timeline.filter((line: { kind: string }) => line.kind === 'document_added').map((line: { text: string }) => line.text);
    expect(lines).toContain('Document laissé par MOREL Claire : 2022_07_CPTS-SNP.pdf');
    expect(lines).toContain('Document laissé par DURAND Léa : ordonnance.jpeg');
    expect(lines).toHaveLength(3);

    const log = await accessLogOf(t.database.db, fiche.patientId);
    expect(log.filter((line) => line.what === 'document' && line.action === 'update')).toHaveLength(3);
  });

  it('keeps the title given, or else the file name, and the base name of the file', async () => {
    const titled = await upload(performer, fiche.id, { name: 'IMG_0042.jpg', content: sampleFiles.jpeg }, { title: '  Plaie jour 3 ' });
    expect(titled.json().document).toMatchObject({ title: 'Plaie jour 3', fileName: 'IMG_0042.jpg' });
    const unicode = await upload(requester, fiche.id, { name: 'Compte-rendu été.pdf', content: sampleFiles.pdf }, { title: '' });
    expect(unicode.json().document).toMatchObject({ title: 'Compte-rendu été.pdf', fileName: 'Compte-rendu été.pdf' });
    const tooLong = await upload(requester, fiche.id, { name: 'a.pdf', content: sampleFiles.pdf }, { title: 'x'.repeat(201) });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().fields).toEqual({ title: 'Titre trop long : 200 caractères au plus.' });
  });

  it('refuses a file by its content, whatever its name or declared type, and over 2 Mo, with the form\'s sentence', async () => {
    for (const content of [sampleFiles.html, sampleFiles.svg]) {
      const res = await upload(requester, fiche.id, { name: 'photo.png', content, type: 'image/png' });
      expect(res.statusCode).toBe(415);
      expect(res.json().code).toBe('documents.unsupported_type');
      expect(res.json().message).toContain(LIMIT_SENTENCE);
    }
    const largest = await upload(requester, fiche.id, { name: 'scan.pdf', content: pdfOfSize(2 * 1024 * 1024) });
    expect(largest.statusCode, largest.body).toBe(201);
    const tooLarge = await upload(requester, fiche.id, { name: 'scan.jpg', content: Buffer.concat([sampleFiles.jpeg, Buffer.alloc(3 * 1024 * 1024)]) });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'documents.too_large' });
    expect(tooLarge.json().message).toContain(LIMIT_SENTENCE);

    const empty = await upload(requester, fiche.id, { name: 'vide.pdf', content: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().fields).toEqual({ file: 'Ce fichier est vide.' });
    const none = await upload(requester, fiche.id, undefined, { title: 'Sans fichier' });
    expect(none.json().fields).toEqual({ file: 'Sélectionnez un fichier.' });
    const json = await requester.post(`/api/care-requests/${fiche.id}/documents`, { file: 'JVBERi0=' });
    expect(json.statusCode).toBe(415);

    const documents = (await requester.get(`/api/care-requests/${fiche.id}/documents`)).json().documents;
    expect(documents.map((d: { fileName: string }) => d.fileName)).not.toContain('photo.png');
  });

  it('serves a document as an attachment, never sniffed, to those with the full view; lists them newest first', async () => {
    const added = (await upload(requester, fiche.id, { name: "Résultats d'analyse (labo).pdf", content: sampleFiles.pdf })).json().document;
    const list = await performer.get(`/api/care-requests/${fiche.id}/documents`);
    expect(list.statusCode).toBe(200);
    expect(list.json().documents[0]).toMatchObject({ id: added.id, title: "Résultats d'analyse (labo).pdf", uploadedBy: { lastName: 'Morel' } });
    const dates = list.json().documents.map((d: { createdAt: string }) => d.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);

    const res = await performer.get(`/api/documents/${added.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="R_sultats d'analyse (labo).pdf"; filename*=UTF-8''R%C3%A9sultats%20d%27analyse%20%28labo%29.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(Buffer.compare(res.rawPayload, sampleFiles.pdf)).toBe(0);

    const reads = (await accessLogOf(t.database.db, fiche.patientId)).filter((line) => line.what === 'document' && line.action === 'read');
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 404 to those who may not see the fiche, and to the anonymised offer; only the requester\'s side and the performer add', async () => {
    const documentId = (await upload(requester, fiche.id, { name: 'cr.pdf', content: sampleFiles.pdf })).json().document.id;
    for (const client of [stranger, offered]) {
      expect((await client.get(`/api/care-requests/${fiche.id}/documents`)).statusCode).toBe(404);
      const download = await client.get(`/api/documents/${documentId}`);
      expect(download.statusCode).toBe(404);
      expect(download.json().code).toBe('documents.not_found');
    }
    expect((await upload(stranger, fiche.id, { name: 'x.pdf', content: sampleFiles.pdf })).statusCode).toBe(404);
    expect((await upload(offered, fiche.id, { name: 'x.pdf', content: sampleFiles.pdf })).statusCode).toBe(403);
    expect((await requester.get('/api/documents/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);

    const anonymised = (await offered.get(`/api/care-requests/${fiche.id}`)).json().careRequest;
    expect(anonymised.can.addDocument).toBe(false);
    expect(anonymised.timeline.some((line: { kind: string }) => line.kind === 'document_added')).toBe(false);
  });

  it('shows a new document live to the performer', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(address, performer.cookies);
    try {
      expect((await upload(requester, fiche.id, { name: 'live.png', content: sampleFiles.png })).statusCode).toBe(201);
      expect(await stream.next()).toEqual({ event: 'changed', data: { careRequestId: fiche.id } });
      const documents = (await performer.get(`/api/care-requests/${fiche.id}/documents`)).json().documents;
      expect(documents[0].fileName).toBe('live.png');
    } finally {
      stream.close();
    }
  });
});
