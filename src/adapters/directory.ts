import type { DirectoryDeps } from '../app/directory/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';
import { createDirectoryStore } from './db/stores/directory.js';
import { createPlatformProfessionalFinder } from './db/stores/directory-users.js';

/** Adapters behind the directory ports (search reads only: no transaction). */
export function createDirectoryAdapters(_config: Config, db: Db): DirectoryDeps {
  return { directory: createDirectoryStore(db), platform: createPlatformProfessionalFinder(db) };
}
