import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRecord } from '../../../app/accounts/ports.js';
import { AppError } from '../../../core/errors.js';
import { createTestDatabase } from '../../../../test/support/db.js';
import type { DatabaseHandle } from '../client.js';
import { createUserStore } from './users.js';

const record = (overrides: Partial<UserRecord>): UserRecord => ({
  email: 'x@test.declic',
  firstName: 'Paul',
  lastName: 'Martin',
  profession: 'infirmier',
  rpps: null,
  adeli: null,
  mobilePhone: null,
  organisationId: null,
  isAdmin: false,
  practice: null,
  serviceRadiusKm: 10,
  careActs: [],
  careModes: [],
  ...overrides,
});

async function codeOf(write: Promise<unknown>): Promise<string> {
  try {
    await write;
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
  return 'no error';
}

describe('user store — unique indexes, when the pre-check lost a race', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('maps each unique violation to its 409 code', async () => {
    const store = createUserStore(database.db);
    const now = new Date();
    const id = await store.insert(record({ email: 'a@test.declic', rpps: '10123456781', adeli: '756012340' }), 'hash', now);
    expect(await codeOf(store.insert(record({ email: 'a@test.declic' }), 'hash', now))).toBe('accounts.email_taken');
    expect(await codeOf(store.insert(record({ email: 'b@test.declic', rpps: '10123456781' }), 'hash', now))).toBe('accounts.rpps_taken');
    expect(await codeOf(store.insert(record({ email: 'c@test.declic', adeli: '756012340' }), 'hash', now))).toBe('accounts.adeli_taken');
    const other = await store.insert(record({ email: 'd@test.declic' }), 'hash', now);
    expect(await codeOf(store.update(other, record({ email: 'a@test.declic' }), now))).toBe('accounts.email_taken');
    expect(await store.findTaken({ email: 'a@test.declic', rpps: null, adeli: '756012340' }, id)).toEqual({ email: false, rpps: false, adeli: false });
    expect(await store.findTaken({ email: 'a@test.declic', rpps: null, adeli: '756012340' }, other)).toEqual({ email: true, rpps: false, adeli: true });
  });

  it('treats a malformed id as missing rather than failing', async () => {
    const store = createUserStore(database.db);
    expect(await store.get('nope')).toBeNull();
    expect(await store.setActive('nope', false, new Date())).toBe(false);
    expect(await store.existingIds(['nope'])).toEqual([]);
  });
});
