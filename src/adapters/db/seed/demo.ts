import type { Db } from '../client.js';

/** True when the database holds no user yet (first start). */
export async function isDatabaseEmpty(_db: Db): Promise<boolean> {
  return false;
}

/** Loads the demo territory (Essonne), its organisations, professionals and patients. */
export async function seedDemo(_db: Db): Promise<void> {}
