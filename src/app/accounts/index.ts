import type { AccountsService } from './service.js';

/** What the accounts use cases need (ports). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AccountsDeps {}

export function createAccountsService(_deps: AccountsDeps): AccountsService {
  return {};
}
