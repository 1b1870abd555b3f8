import type { SmsSender } from '../../app/notifications/ports.js';
import type { Config } from '../../config/index.js';
import type { Db } from '../db/client.js';
import { createDevOutboxStore } from '../db/stores/dev-outbox.js';
import { BrevoSmsSender } from './brevo.js';
import { OvhSmsSender } from './ovh.js';
import { createOutboxSmsSender } from './outbox.js';
import { TwilioSmsSender } from './twilio.js';

/** Where the startup warning goes (the app's pino logger fits). */
export interface WarningLog {
  warn(message: string): void;
}

/** The warning to log at start, when SMS are not delivered outside demo mode. */
export function smsStartupWarning(config: Config): string | null {
  if (config.demo || config.sms.gateway.provider !== 'outbox') return null;
  return 'SMS_PROVIDER is not set to a gateway: SMS are kept in the dev outbox and never delivered';
}

/** The SMS gateway of `SMS_PROVIDER`, or the dev outbox (the default). */
export function createSmsSender(config: Config, db: Db, log?: WarningLog): SmsSender {
  const { gateway, sender, timeoutMs } = config.sms;
  switch (gateway.provider) {
    case 'ovh':
      return new OvhSmsSender({ ...gateway, sender, timeoutMs });
    case 'brevo':
      return new BrevoSmsSender({ url: gateway.url, apiKey: gateway.apiKey, sender, timeoutMs });
    case 'twilio':
      return new TwilioSmsSender({ ...gateway, timeoutMs });
    case 'outbox': {
      const warning = smsStartupWarning(config);
      if (warning) log?.warn(warning);
      return createOutboxSmsSender(createDevOutboxStore(db));
    }
  }
}
