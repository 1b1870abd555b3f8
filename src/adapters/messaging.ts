import type { MessagingDeps } from '../app/messaging/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';

/** Adapters behind the messaging ports. */
export function createMessagingAdapters(_config: Config, _db: Db): MessagingDeps {
  return {};
}
