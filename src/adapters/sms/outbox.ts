import { DeliveryFailure, type SmsMessage, type SmsSender } from '../../app/notifications/ports.js';

export interface SmsOutbox {
  /** Keeps the SMS; resolves with the id of its row. */
  addSms(message: SmsMessage): Promise<{ readonly id: string }>;
}

/**
 * Without an SMS gateway (the demo), SMS land in the dev outbox (channel
 * `sms`, shown on /dev/boite-d-envoi) instead of leaving the platform. The
 * outbox row's id stands for the provider's id.
 */
export function createOutboxSmsSender(outbox: SmsOutbox): SmsSender {
  return {
    provider: 'outbox',
    async send(message) {
      try {
        const { id } = await outbox.addSms(message);
        return { providerId: id };
      } catch {
        // The database error would carry the query's parameters (the number and the text): say no more.
        throw new DeliveryFailure('outbox: the SMS could not be written to the dev outbox', false);
      }
    },
  };
}
