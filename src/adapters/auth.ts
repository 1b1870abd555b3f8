import type { AuthDeps } from '../app/auth/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';

/** Adapters behind the auth ports. */
export function createAuthAdapters(_config: Config, _db: Db): AuthDeps {
  return {};
}
