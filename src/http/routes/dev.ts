import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../deps.js';

const outbox = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      channel: z.enum(['email', 'sms']),
      recipient: z.string(),
      subject: z.string().nullable(),
      body: z.string(),
      createdAt: z.string().describe('ISO 8601, UTC'),
    }),
  ),
});

/** Demo mode only (server.ts registers it under `/api/dev`): the messages that would have left the platform. */
export const devRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/outbox',
    { schema: { tags: ['dev'], summary: 'Boîte d’envoi de démonstration (50 derniers messages)', response: { 200: outbox } } },
    async (_request, reply) => {
      const messages = await deps.messaging.listOutbox();
      reply.header('cache-control', 'no-store');
      return { messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
    },
  );
};
