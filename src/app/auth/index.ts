import type { AuthService } from './service.js';

/** What the auth use cases need (ports). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AuthDeps {}

export function createAuthService(_deps: AuthDeps): AuthService {
  return {};
}
