import type { Clock } from '../ports.js';
import type { PushStores } from './ports.js';

/** What the push use cases need (ports). */
export interface PushDeps {
  readonly clock: Clock;
  readonly stores: PushStores;
  /** The VAPID public key (base64url), the browsers' `applicationServerKey`. */
  readonly publicKey: string;
}
