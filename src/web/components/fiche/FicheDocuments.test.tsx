import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CareRequestView } from '../../api/care-request-types.js';
import type { FicheDocument } from '../../api/documents.js';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';
import { unansweredView } from '../../pages/declenchement/test-fixtures.js';

const LIMIT = 'Limitation à 2 Mo par fichier. Seuls les fichiers de type JPG, JPEG, PNG et PDF sont acceptés';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const view: CareRequestView = { ...unansweredView, can: { ...unansweredView.can, addDocument: true } };
const uploader = { id: 'u-1', firstName: 'Camille', lastName: 'Martin', profession: 'infirmier' as const };
const pdf: FicheDocument = {
  id: 'd-1',
  title: '2022_07_CPTS-SNP.pdf',
  fileName: '2022_07_CPTS-SNP.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 350 * 1024,
  sha256: 'a'.repeat(64),
  uploadedBy: uploader,
  createdAt: '2022-08-08T12:09:00Z',
};
const photo: FicheDocument = { ...pdf, id: 'd-2', title: 'Plaie jour 3', fileName: 'IMG_0042.png', mediaType: 'image/png', sizeBytes: 1_300_000 };

/** The fake API of one fiche and its documents; POSTed forms are kept, document bytes answered as PNG. */
function documentsServer(documents: FicheDocument[], upload: { status: number; body: unknown }) {
  const forms: { form: FormData; headers: Record<string, string> }[] = [];
  const server = fakeServer({
    'GET /api/session': session(camille),
    'GET /api/care-requests/number/22428699': { status: 200, body: { careRequest: view } },
    'GET /api/care-requests/cr-1/documents': () => ({ status: 200, body: { documents } }),
    'POST /api/care-requests/cr-1/documents': upload,
  });
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.body instanceof FormData) forms.push({ form: init.body, headers: { ...(init.headers as Record<string, string>) } });
    const path = new URL(String(input), 'http://localhost').pathname;
    if (path.startsWith('/api/documents/')) return new Response(PNG, { status: 200, headers: { 'content-type': 'image/png' } });
    return server.fetch(input, init);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls: fetch.mock.calls, forms };
}

/** Renders the fiche and waits for it. */
async function openFiche(fetch: typeof globalThis.fetch) {
  renderApp('/fiches/22428699', fetch);
  await screen.findByRole('heading', { name: '#22428699' }, { timeout: 10_000 });
}

function section() {
  return within(screen.getByRole('region', { name: 'DOCUMENTS' }));
}

async function openForm() {
  fireEvent.click(await section().findByRole('button', { name: 'Ajouter un document à la fiche' }));
  const dialog = within(await screen.findByRole('dialog'));
  const input = screen.getByRole('dialog').querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const choose = (file: File) => fireEvent.change(input, { target: { files: [file] } });
  return { dialog, choose };
}

describe('FicheDocuments', () => {
  beforeAll(async () => {
    await import('../../pages/fiches/FichePage.js');
  }, 30_000);

  it('lists the documents with a download link each and a thumbnail of images through an object URL', { timeout: 30_000 }, async () => {
    // jsdom has no object URLs.
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:http://localhost/preview-1'), revokeObjectURL: vi.fn() });
    const api = documentsServer([photo, pdf], { status: 500, body: {} });
    await openFiche(api.fetch);

    const link = await section().findByRole('link', { name: 'Télécharger 2022_07_CPTS-SNP.pdf' });
    expect(link.getAttribute('href')).toBe('/api/documents/d-1');
    expect(link.getAttribute('download')).toBe('2022_07_CPTS-SNP.pdf');
    expect(section().getByText('Laissé le 08/08/22 14:09 par MARTIN Camille - 350 Ko')).toBeTruthy();
    expect(section().getByText('Laissé le 08/08/22 14:09 par MARTIN Camille - 1,2 Mo')).toBeTruthy();

    const thumbnail = await section().findByRole('img', { name: 'Aperçu de Plaie jour 3' });
    expect(thumbnail.getAttribute('src')).toBe('blob:http://localhost/preview-1');
    // Only the image's bytes are fetched, never the PDF's; no <img> points at the API.
    const fetched = api.calls.map(([input]) => String(input)).filter((url) => url.startsWith('/api/documents/'));
    expect(fetched).toEqual(['/api/documents/d-2']);
    expect(section().queryAllByRole('img').every((img) => !img.getAttribute('src')?.startsWith('/api'))).toBe(true);
  });

  it('checks the name and size before sending, titles the document with the file name, and posts the form', { timeout: 30_000 }, async () => {
    const api = documentsServer([], { status: 201, body: { document: pdf } });
    await openFiche(api.fetch);
    expect(await section().findByText('Aucun document.')).toBeTruthy();
    const { dialog, choose } = await openForm();
    expect(dialog.getByText(LIMIT)).toBeTruthy();
    expect(dialog.getByText('Le titre utilisé sera le nom du fichier')).toBeTruthy();
    const title = dialog.getByLabelText<HTMLInputElement>('Titre du fichier sélectionné :');

    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
    expect(await dialog.findByText('Sélectionnez un fichier.')).toBeTruthy();

    choose(new File(['<svg/>'], 'dessin.svg', { type: 'image/svg+xml' }));
    expect(title.value).toBe('dessin.svg');
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
    expect(await dialog.findByText(`Type de fichier refusé. ${LIMIT}.`)).toBeTruthy();

    choose(new File([new Uint8Array(3 * 1024 * 1024)], 'photo.png', { type: 'image/png' }));
    expect(title.value).toBe('photo.png');
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
    expect(await dialog.findByText(`Fichier trop volumineux. ${LIMIT}.`)).toBeTruthy();
    expect(api.forms).toHaveLength(0);

    const file = new File(['%PDF-1.4'], '2022_07_CPTS-SNP.pdf', { type: 'application/pdf' });
    choose(file);
    expect(title.value).toBe('2022_07_CPTS-SNP.pdf');
    fireEvent.change(title, { target: { value: 'Compte rendu CPTS' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));

    expect(await section().findByText('Document ajouté à la fiche.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.forms).toHaveLength(1);
    const [sent] = api.forms;
    expect(sent?.form.get('title')).toBe('Compte rendu CPTS');
    expect((sent?.form.get('file') as File).name).toBe('2022_07_CPTS-SNP.pdf');
    expect(sent?.headers['x-csrf-token']).toBe('csrf-1');
    expect(sent?.headers['content-type']).toBeUndefined();
  });

  it('shows the server\'s French message when it refuses the content', { timeout: 30_000 }, async () => {
    const refusal = { code: 'documents.unsupported_type', message: `Type de fichier refusé. ${LIMIT}.` };
    const api = documentsServer([], { status: 415, body: refusal });
    await openFiche(api.fetch);
    const { dialog, choose } = await openForm();
    choose(new File(['<html></html>'], 'photo.png', { type: 'image/png' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Valider' }));
    expect(await dialog.findByRole('alert')).toBeTruthy();
    expect(dialog.getByRole('alert').textContent).toContain(refusal.message);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('offers no form to a viewer who may not add', { timeout: 30_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/care-requests/number/22428699': { status: 200, body: { careRequest: { ...view, can: { ...view.can, addDocument: false } } } },
      'GET /api/care-requests/cr-1/documents': { status: 200, body: { documents: [pdf] } },
    });
    await openFiche(server.fetch);
    expect(await section().findByRole('link', { name: 'Télécharger 2022_07_CPTS-SNP.pdf' })).toBeTruthy();
    expect(section().queryByRole('button', { name: 'Ajouter un document à la fiche' })).toBeNull();
  });
});
