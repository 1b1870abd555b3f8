import type { MessagingService } from './service.js';

/** What the messaging use cases need (ports). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessagingDeps {}

export function createMessagingService(_deps: MessagingDeps): MessagingService {
  return {};
}
