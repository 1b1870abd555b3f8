import type { AccountsDeps } from '../app/accounts/index.js';
import type { AddressesDeps } from '../app/addresses/index.js';
import type { AuthDeps } from '../app/auth/index.js';
import type { CareActsDeps } from '../app/care-acts/index.js';
import type { CareRequestsDeps } from '../app/care-requests/index.js';
import type { DirectoryDeps } from '../app/directory/index.js';
import type { MessagingDeps } from '../app/messaging/index.js';
import type { PushSender } from '../app/notifications/ports.js';
import type { NotificationsDeps } from '../app/notifications/index.js';
import type { PatientsDeps } from '../app/patients/index.js';
import type { PreferencesDeps } from '../app/preferences/index.js';
import type { PushDeps } from '../app/push/index.js';
import { systemClock, type Clock } from '../app/ports.js';
import type { Config } from '../config/index.js';
import { createAccountsAdapters } from './accounts.js';
import { createAddressesAdapters } from './addresses.js';
import { createAuthAdapters } from './auth.js';
import { createCareActsAdapters } from './care-acts.js';
import { createCareRequestsAdapters } from './care-requests.js';
import type { DatabaseHandle } from './db/client.js';
import { createDirectoryAdapters } from './directory.js';
import { createMessagingAdapters } from './messaging.js';
import { createPatientsAdapters } from './patients.js';
import { createNotificationStore } from './db/stores/notifications.js';
import { createPreferencesStore } from './db/stores/preferences.js';
import { createPushAdapters } from './push/index.js';
import { createSmsSender } from './sms/index.js';

/** Ports of each module, without the cross-module services and config that compose adds. */
export interface Adapters {
  readonly clock: Clock;
  readonly messaging: MessagingDeps;
  readonly auth: Omit<AuthDeps, 'clock' | 'messaging' | 'config'>;
  readonly accounts: Omit<AccountsDeps, 'clock'>;
  readonly addresses: Omit<AddressesDeps, 'log'>;
  readonly patients: Omit<PatientsDeps, 'clock'>;
  readonly directory: DirectoryDeps;
  readonly careActs: Omit<CareActsDeps, 'clock'>;
  readonly careRequests: Omit<CareRequestsDeps, 'clock'>;
  /** Web Push devices (subscriptions, VAPID public key). */
  readonly push: Omit<PushDeps, 'clock'>;
  /** Sends Web Push messages with the VAPID key of `push` (for the outbox worker). */
  readonly pushSender: PushSender;
  /** The notification outbox and its channels (compose adds the clock and the mailer). */
  readonly notifications: Omit<NotificationsDeps, 'clock' | 'mailer'>;
  readonly preferences: Omit<PreferencesDeps, 'clock'>;
}

export async function createAdapters(config: Config, database: DatabaseHandle): Promise<Adapters> {
  const push = await createPushAdapters(config, database.db);
  return {
    clock: systemClock,
    messaging: createMessagingAdapters(config, database.db),
    auth: createAuthAdapters(config, database.db),
    accounts: createAccountsAdapters(config, database.db),
    addresses: createAddressesAdapters(config, database.db),
    patients: createPatientsAdapters(config, database.db),
    directory: createDirectoryAdapters(config, database.db),
    careActs: createCareActsAdapters(config, database.db),
    careRequests: createCareRequestsAdapters(config, database.db),
    push: push.deps,
    pushSender: push.sender,
    preferences: { store: createPreferencesStore(database.db) },
    notifications: {
      store: createNotificationStore(database.db),
      sms: createSmsSender(config, database.db),
      push: push.sender,
      pushSubscriptions: push.deps.stores.pushSubscriptions,
    },
  };
}
