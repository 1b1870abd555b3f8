import { AppError, invalidFields } from './errors.js';

/** "Limitation à 2 Mo par fichier" (2 MiB, as the database check says). */
export const DOCUMENT_MAX_BYTES = 2 * 1024 * 1024;
export const DOCUMENT_TITLE_MAX = 200;
const FILE_NAME_MAX = 255;

export const documentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof documentMediaTypes)[number];

/** "Seuls les fichiers de type JPG, JPEG, PNG et PDF sont acceptés": the extensions of each type, the first one canonical. */
const extensionsOf: Readonly<Record<DocumentMediaType, readonly [string, ...string[]]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/** Every extension the form proposes, with its dot (the `accept` of a file input). */
export const documentExtensions: readonly string[] = Object.values(extensionsOf).flatMap((list) => list.map((extension) => `.${extension}`));

/** The first bytes of each accepted type. */
const signatures: readonly { readonly mediaType: DocumentMediaType; readonly bytes: readonly number[] }[] = [
  // "%PDF-"
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The type of a document from its content's magic bytes (never its name nor the declared type); null when not accepted. */
export function detectMediaType(content: Uint8Array): DocumentMediaType | null {
  const found = signatures.find(({ bytes }) => content.length >= bytes.length && bytes.every((byte, index) => content[index] === byte));
  return found?.mediaType ?? null;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** A first check for the form, before any upload: the name ends with .jpg, .jpeg, .png or .pdf. */
export function hasDocumentExtension(fileName: string): boolean {
  return documentExtensions.includes(`.${extensionOf(fileName)}`);
}

/** Control and invisible formatting characters (e.g. right-to-left overrides that disguise an extension). */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}]/gu;

/** At most `max` characters (code points), never a split surrogate pair. */
function truncated(value: string, max: number): string {
  const characters = Array.from(value);
  return characters.length <= max ? value : characters.slice(0, max).join('');
}

/**
 * The name a document is stored and downloaded under: the base name of what the browser sent
 * (no folder), without control characters, 255 characters at most; it ends with an extension of
 * its real type (one is added otherwise, so that a PDF named `x.html` is saved as `x.html.pdf`).
 */
export function documentFileName(raw: string, mediaType: DocumentMediaType): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base.replace(HIDDEN_CHARACTERS, '').trim();
  const extensions = extensionsOf[mediaType];
  const stem = /^\.*$/.test(cleaned) ? 'document' : cleaned;
  const suffix = extensions.includes(extensionOf(stem)) ? '' : `.${extensions[0]}`;
  return `${truncated(stem, FILE_NAME_MAX - suffix.length)}${suffix}`;
}

/** A document checked and named, ready to store. */
export interface CheckedDocument {
  readonly fileName: string;
  readonly title: string;
  readonly mediaType: DocumentMediaType;
  readonly sizeBytes: number;
}

/**
 * "Ajouter un document à la fiche": 1 byte to 2 Mo, a JPG, PNG or PDF by its content; the title
 * is trimmed, 200 characters at most, and the file name when left empty ("Le titre utilisé sera
 * le nom du fichier").
 */
export function checkedDocument(input: { readonly fileName: string; readonly title?: string | null; readonly content: Uint8Array }): CheckedDocument {
  const sizeBytes = input.content.length;
  if (sizeBytes === 0) throw invalidFields({ file: 'document.empty' });
  if (sizeBytes > DOCUMENT_MAX_BYTES) throw new AppError('documents.too_large');
  const mediaType = detectMediaType(input.content);
  if (mediaType === null) throw new AppError('documents.unsupported_type');
  const fileName = documentFileName(input.fileName, mediaType);
  const title = (input.title ?? '').replace(HIDDEN_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  if (Array.from(title).length > DOCUMENT_TITLE_MAX) throw invalidFields({ title: 'document_title.too_long' });
  return { fileName, title: title === '' ? truncated(fileName, DOCUMENT_TITLE_MAX) : title, mediaType, sizeBytes };
}
