import { createHash } from 'node:crypto';
import type { Actor } from '../../core/actor.js';
import { checkedDocument, type DocumentMediaType } from '../../core/documents.js';
import { AppError } from '../../core/errors.js';
import type { CareRequestsDeps } from './deps.js';
import { publishChange } from './live-change.js';
import type { CareRequestsStores, DocumentRecord } from './ports.js';
import { loadVisibleRequest } from './read.js';
import type { DocumentView } from './views.js';

/** What the browser sends: the file as named on the user's computer, its bytes, and an optional title. */
export interface DocumentInput {
  readonly fileName: string;
  readonly title?: string | null;
  readonly content: Buffer;
}

/** A document to download. */
export interface DocumentFile {
  readonly fileName: string;
  readonly mediaType: DocumentMediaType;
  readonly content: Buffer;
}

function toDocumentView(document: DocumentRecord): DocumentView {
  const { careRequestId: _careRequestId, createdAt, ...shown } = document;
  return { ...shown, createdAt: createdAt.toISOString() };
}

/** The request, for a reader of its documents: those with the full view only; others get the 404 of a missing fiche. */
async function loadFullView(stores: CareRequestsStores, actor: Actor, careRequestId: string) {
  const { request, visibility } = await loadVisibleRequest(stores, actor, careRequestId);
  if (visibility !== 'full') throw new AppError('care_requests.not_found');
  return request;
}

/**
 * "Ajouter un document à la fiche", by the requester's side (requester, organisation, supervisors)
 * or the performer: typed by its content, stored with its SHA-256, told in the horodatage
 * ("Document laissé par …") and live to everyone who follows the fiche.
 */
export async function addDocument(deps: CareRequestsDeps, actor: Actor, careRequestId: string, input: DocumentInput): Promise<DocumentView> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const { request, canManage } = await loadVisibleRequest(stores, actor, careRequestId);
    if (!canManage && request.performerId !== actor.userId) throw new AppError('auth.forbidden');
    const document = checkedDocument(input);
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    const id = await stores.documents.insert({ careRequestId: request.id, uploadedBy: actor.userId, ...document, sha256, content: input.content, createdAt: now });
    await stores.timeline.append(request.id, [{ kind: 'document_added', actorId: actor.userId, params: { title: document.title }, at: now }]);
    await stores.patients.logAccess({ patientId: request.patientId, userId: actor.userId, action: 'update', what: 'document' }, now);
    await publishChange(stores, request.id, [actor.userId]);
    const stored = await stores.documents.find(id);
    if (!stored) throw new AppError('documents.not_found');
    return toDocumentView(stored);
  });
}

/** The documents of a fiche, newest first, for those with its full view. */
export async function listDocuments(deps: CareRequestsDeps, actor: Actor, careRequestId: string): Promise<DocumentView[]> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const request = await loadFullView(stores, actor, careRequestId);
    const documents = await stores.documents.ofRequest(request.id);
    await stores.patients.logAccess({ patientId: request.patientId, userId: actor.userId, action: 'read', what: 'document' }, now);
    return documents.map(toDocumentView);
  });
}

/** One document with its content, for those with the full view of its fiche; the same 404 for a missing and a hidden one. */
export async function readDocument(deps: CareRequestsDeps, actor: Actor, documentId: string): Promise<DocumentFile> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const document = await stores.documents.find(documentId);
    if (!document) throw new AppError('documents.not_found');
    const request = await loadFullView(stores, actor, document.careRequestId).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'care_requests.not_found' ? new AppError('documents.not_found') : error;
    });
    const content = await stores.documents.content(document.id);
    if (!content) throw new AppError('documents.not_found');
    await stores.patients.logAccess({ patientId: request.patientId, userId: actor.userId, action: 'read', what: 'document' }, now);
    return { fileName: document.fileName, mediaType: document.mediaType, content };
  });
}
