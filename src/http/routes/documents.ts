import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DocumentInput } from '../../app/care-requests/index.js';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TITLE_MAX, documentMediaTypes } from '../../core/documents.js';
import { AppError, invalidFields } from '../../core/errors.js';
import type { RouteOptions } from '../deps.js';
import { requireUser } from '../guards.js';
import { careRequestErrors, idParams, userCard } from './care-requests/schemas.js';
import { errorSchema } from './patients/schemas.js';

const documentSchema = z.object({
  id: z.string(),
  title: z.string(),
  fileName: z.string(),
  mediaType: z.enum(documentMediaTypes),
  sizeBytes: z.number(),
  sha256: z.string().describe('SHA-256 du contenu (hexadécimal)'),
  uploadedBy: userCard,
  createdAt: z.string(),
});

const documentErrors = { ...careRequestErrors, 413: errorSchema, 415: errorSchema } as const;

/** The parts a form may hold: one file, its title. A title of 200 characters takes at most 800 bytes in UTF-8. */
const uploadLimits = { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 2, parts: 3, fieldSize: DOCUMENT_TITLE_MAX * 4 };

/** The multipart error of a file over `fileSize`, told as the seed's "Limitation à 2 Mo par fichier". */
const tooLarge = (error: unknown) => (error as { code?: unknown } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';

/** Reads the form "Ajouter un document à la fiche": the part `file` (2 Mo at most) and the field `title`. */
async function readUpload(request: FastifyRequest): Promise<DocumentInput> {
  if (!request.isMultipart()) throw new AppError('request.unsupported_media_type');
  let file: { fileName: string; content: Buffer } | null = null;
  let title: string | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        // A form sent without choosing a file still carries an empty, nameless part.
        if (part.fieldname === 'file' && (part.filename !== '' || content.length > 0)) file = { fileName: part.filename, content };
      } else if (part.fieldname === 'title') {
        if (part.valueTruncated) throw invalidFields({ title: 'document_title.too_long' });
        title = typeof part.value === 'string' ? part.value : null;
      }
    }
  } catch (error) {
    throw tooLarge(error) ? new AppError('documents.too_large') : error;
  }
  if (!file) throw invalidFields({ file: 'document.required' });
  return { ...file, title };
}

/** RFC 6266 / 5987: an ASCII fallback, and the exact UTF-8 name. */
function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Documents of a fiche ("Ajouter un document à la fiche"): uploaded as multipart/form-data by the
 * requester's side or the performer, listed and downloaded by those with the full view of the
 * fiche; anyone else gets the 404 of a missing one. A document is only ever sent as an attachment
 * that the browser may neither sniff nor render as a page.
 */
export const documentRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  // Multipart bodies for these routes only.
  await app.register(fastifyMultipart, { limits: uploadLimits });
  app.addHook('onRequest', async (request) => {
    requireUser(request);
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.post(
    '/care-requests/:id/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Ajouter un document à la fiche (multipart/form-data : file, title facultatif) : JPG, JPEG, PNG ou PDF, 2 Mo au plus',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: z.object({ document: documentSchema }), ...documentErrors },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const document = await deps.careRequests.addDocument(actor, request.params.id, await readUpload(request));
      return reply.status(201).send({ document });
    },
  );

  app.get(
    '/care-requests/:id/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Documents de la fiche, les plus récents en premier (sans leur contenu)',
        params: idParams,
        response: { 200: z.object({ documents: z.array(documentSchema) }), ...careRequestErrors },
      },
    },
    async (request) => ({ documents: await deps.careRequests.listDocuments(requireUser(request), request.params.id) }),
  );

  app.get(
    '/documents/:documentId',
    {
      schema: {
        tags: ['documents'],
        summary: 'Télécharger un document : le fichier en pièce jointe (binaire), ou une erreur JSON (401, 404)',
        params: z.object({ documentId: z.guid().describe('Identifiant du document (UUID)') }),
      },
    },
    async (request, reply) => {
      const file = await deps.careRequests.readDocument(requireUser(request), request.params.documentId);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', attachment(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(file.content);
    },
  );
};
