import type { AccountsService } from '../app/accounts/service.js';
import type { AddressesService } from '../app/addresses/service.js';
import type { AuthService } from '../app/auth/service.js';
import type { CareActsService } from '../app/care-acts/service.js';
import type { CareRequestsService } from '../app/care-requests/service.js';
import type { DirectoryService } from '../app/directory/service.js';
import type { MessagingService } from '../app/messaging/service.js';
import type { PatientsService } from '../app/patients/service.js';
import type { PushService } from '../app/push/service.js';
import type { FastifyBaseLogger } from 'fastify';
import type { LiveHub } from '../app/live.js';
import type { PreferencesService } from '../app/preferences/index.js';
import type { Config } from '../config/index.js';

/** What the HTTP layer needs: configuration and use cases, never SQL. */
export interface HttpDeps {
  readonly config: Config;
  readonly logger: FastifyBaseLogger;
  /** Throws when the database does not answer. */
  readonly pingDatabase: () => Promise<void>;
  readonly auth: AuthService;
  readonly accounts: AccountsService;
  readonly addresses: AddressesService;
  readonly messaging: MessagingService;
  readonly patients: PatientsService;
  readonly directory: DirectoryService;
  readonly careActs: CareActsService;
  readonly careRequests: CareRequestsService;
  readonly preferences: PreferencesService;
  /** Live streams of connected users. */
  readonly live: LiveHub;
  readonly push: PushService;
  /** Demo mode: the demo accounts and their shared password, shown on the login page. Null otherwise. */
  readonly demo: { readonly password: string; readonly accounts: readonly { readonly email: string; readonly label: string }[] } | null;
}

export interface RouteOptions {
  readonly deps: HttpDeps;
}
