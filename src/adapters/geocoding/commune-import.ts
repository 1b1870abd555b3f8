import { readFile } from 'node:fs/promises';
import type { Db } from '../db/client.js';
import { upsertCommunes } from '../db/stores/communes-import.js';
import { parseCommuneFile, type ParsedCommuneFile } from './commune-file.js';

export { CommuneFileError } from './commune-file.js';

export interface CommuneImportResult {
  readonly parsed: ParsedCommuneFile;
  /** Communes inserted or replaced. */
  readonly written: number;
}

/** UTF-8, or Latin-1 when the bytes are not valid UTF-8 (older public CSV files). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/**
 * `npm run import:communes -- FILE`: reads a national commune file (JSON of
 * geo.api.gouv.fr or CSV) and upserts its valid communes by INSEE code in one
 * transaction. Throws `CommuneFileError` when the file cannot be read at all.
 */
export async function importCommuneFile(db: Db, path: string, onProgress?: (written: number, total: number) => void): Promise<CommuneImportResult> {
  const parsed = parseCommuneFile(decodeText(await readFile(path)));
  const total = parsed.communes.length;
  const written = total === 0 ? 0 : await upsertCommunes(db, parsed.communes, (n) => onProgress?.(n, total));
  return { parsed, written };
}
