import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/adapters/db/client.js';
import { documents } from '../../src/adapters/db/schema.js';

/** Small files of each kind, typed by their first bytes. */
export const sampleFiles = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64), Buffer.from([0xff, 0xd9])]),
  html: Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/session")</script></body></html>'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect width="10" height="10"/></svg>'),
};

/** A PDF of exactly `size` bytes. */
export function pdfOfSize(size: number): Buffer {
  const content = Buffer.alloc(size, 0x20);
  sampleFiles.pdf.copy(content, 0, 0, Math.min(size, sampleFiles.pdf.length));
  return content;
}

export interface FormFile {
  readonly name: string;
  readonly content: Buffer;
  /** The type the browser declares (never trusted by the server). */
  readonly type?: string;
}

/** A multipart/form-data body as a browser sends it: the field `file` and the text fields given. */
export function multipartForm(parts: { file?: FormFile; fields?: Readonly<Record<string, string>> }): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----declic${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(parts.fields ?? {})) {
    chunks.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (parts.file) {
    const { name, content, type = 'application/octet-stream' } = parts.file;
    chunks.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: ${type}\r\n\r\n`), content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The stored row of a document, content included. */
export async function storedDocument(db: Db, id: string) {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  if (!row) throw new Error('no such document');
  return row;
}
