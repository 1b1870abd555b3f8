import { invalidFields } from '../../core/errors.js';
import type { CareRequestSort } from '../../core/care-requests/dashboard.js';
import type { CareRequestListPosition } from './list-query.js';

/**
 * The opaque `cursor` of a dashboard page: where the page ended and in which order, as base64url
 * JSON. A cursor made for another order, or not made here, is refused (422 on `cursor`).
 */
export function encodeCursor(sort: CareRequestSort, position: CareRequestListPosition): string {
  return Buffer.from(JSON.stringify([sort, position.micros, position.number])).toString('base64url');
}

export function decodeCursor(cursor: string, sort: CareRequestSort): CareRequestListPosition {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidFields({ cursor: 'invalid' });
  }
  if (!Array.isArray(parts) || parts.length !== 3) throw invalidFields({ cursor: 'invalid' });
  const [cursorSort, micros, number] = parts as unknown[];
  if (cursorSort !== sort || typeof micros !== 'string' || !/^-?\d{1,19}$/.test(micros) || !Number.isSafeInteger(number)) {
    throw invalidFields({ cursor: 'invalid' });
  }
  return { micros, number: number as number };
}
