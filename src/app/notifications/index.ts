import { deliverDue, type NotificationsDeps } from './deliver.js';

export { DELIVERY_BATCH_SIZE, MAX_ATTEMPTS, type NotificationsDeps } from './deliver.js';
export * from './ports.js';

export interface NotificationsService {
  /** One pass of the delivery worker; returns how many messages were attempted. */
  deliverDue(): Promise<number>;
}

export function createNotificationsService(deps: NotificationsDeps): NotificationsService {
  return { deliverDue: () => deliverDue(deps) };
}
