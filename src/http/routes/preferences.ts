import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../deps.js';
import { requireUser } from '../guards.js';
import { errorSchema } from './patients/schemas.js';

const preferencesSchema = z.object({
  notifySms: z.boolean(),
  notifyEmail: z.boolean(),
  notifyPush: z.boolean(),
  quietHoursStart: z.string().max(5).nullable().describe('HH:MM, heures de tranquillité (sauf demande urgente par SMS)'),
  quietHoursEnd: z.string().max(5).nullable(),
});
const reply = z.object({ preferences: preferencesSchema });

/** `/api/me/notifications`: the signed-in user's channels and quiet hours. */
export const preferenceRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const errors = { 401: errorSchema, 422: errorSchema };
  app.get(
    '/me/notifications',
    { schema: { tags: ['notifications'], summary: 'Mes notifications : canaux et heures de tranquillité', response: { 200: reply, ...errors } } },
    async (request) => ({ preferences: await deps.preferences.get(requireUser(request)) }),
  );
  app.put(
    '/me/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Choisir ses canaux (SMS, e-mail, push) et ses heures de tranquillité',
        body: preferencesSchema.partial({ quietHoursStart: true, quietHoursEnd: true }),
        response: { 200: reply, ...errors },
      },
    },
    async (request) => ({ preferences: await deps.preferences.set(requireUser(request), request.body) }),
  );
};
