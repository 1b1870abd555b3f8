import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/db.js';
import { DeliveryFailure } from '../../app/notifications/ports.js';
import { loadConfig } from '../../config/index.js';
import type { DatabaseHandle } from '../db/client.js';
import { createDevOutboxStore } from '../db/stores/dev-outbox.js';
import { createSmsSender } from './index.js';
import { createOutboxSmsSender } from './outbox.js';

describe('SMS in the dev outbox', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('keeps the SMS as an sms-channel message of the dev outbox, its row id as provider id', async () => {
    const sender = createSmsSender(loadConfig({ DEMO: '1' }), database.db);
    expect(sender.provider).toBe('outbox');
    const text = 'Déclic : nouvelle demande de prise en charge à Évry. Répondez sur http://localhost:3000/offres/1';
    const { providerId } = await sender.send({ to: '+590690123456', text });
    const [latest] = await createDevOutboxStore(database.db).latest(5);
    expect(latest).toMatchObject({ id: providerId, channel: 'sms', recipient: '+590690123456', subject: null, body: text });
  });

  it('turns a database failure into a retryable failure that carries neither the number nor the text', async () => {
    const sender = createOutboxSmsSender({
      addSms: () => Promise.reject(new Error('Failed query: insert into "dev_outbox" … params: sms,+590690123456,,Déclic')),
    });
    const error = await sender.send({ to: '+590690123456', text: 'Déclic' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryFailure);
    expect(error).toMatchObject({ permanent: false });
    expect((error as Error).message).not.toMatch(/590690123456|Déclic/);
  });
});
