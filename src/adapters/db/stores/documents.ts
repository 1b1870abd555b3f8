import { desc, eq } from 'drizzle-orm';
import type { DocumentRecord, DocumentStore } from '../../../app/care-requests/ports.js';
import type { Db } from '../client.js';
import { documents, users } from '../schema.js';

/** Every column but the content, with the uploader. */
const metadata = {
  id: documents.id,
  careRequestId: documents.careRequestId,
  title: documents.title,
  fileName: documents.fileName,
  mediaType: documents.mediaType,
  sizeBytes: documents.sizeBytes,
  sha256: documents.sha256,
  createdAt: documents.createdAt,
  uploaderId: users.id,
  uploaderFirstName: users.firstName,
  uploaderLastName: users.lastName,
  uploaderProfession: users.profession,
};

type MetadataRow = { [K in keyof typeof metadata]: (typeof metadata)[K]['_']['data'] };

function toRecord(row: MetadataRow): DocumentRecord {
  const { uploaderId, uploaderFirstName, uploaderLastName, uploaderProfession, ...document } = row;
  return { ...document, uploadedBy: { id: uploaderId, firstName: uploaderFirstName, lastName: uploaderLastName, profession: uploaderProfession } };
}

/** Documents of fiches, content in a bytea column: append-only (a trigger refuses updates and deletes). */
export function createDocumentStore(db: Db): DocumentStore {
  const selectMetadata = () => db.select(metadata).from(documents).innerJoin(users, eq(users.id, documents.uploadedBy));
  return {
    async insert(document) {
      const [row] = await db.insert(documents).values(document).returning({ id: documents.id });
      if (!row) throw new Error('document not inserted');
      return row.id;
    },
    async ofRequest(careRequestId) {
      const rows = await selectMetadata().where(eq(documents.careRequestId, careRequestId)).orderBy(desc(documents.createdAt), desc(documents.id));
      return rows.map(toRecord);
    },
    async find(id) {
      const [row] = await selectMetadata().where(eq(documents.id, id));
      return row ? toRecord(row) : null;
    },
    async content(id) {
      const [row] = await db.select({ content: documents.content }).from(documents).where(eq(documents.id, id));
      return row?.content ?? null;
    },
  };
}
