import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PushDevice } from '../../app/push/index.js';
import type { RouteOptions } from '../deps.js';
import { requireUser } from '../guards.js';
import { errorSchema } from './admin/schemas.js';

const deviceSchema = z.object({
  id: z.guid(),
  endpoint: z.string(),
  userAgent: z.string().nullable().describe('Navigateur de l’appareil lors de l’abonnement'),
  createdAt: z.string().describe('Date de l’abonnement (ISO 8601)'),
});

const endpointSchema = z.string().max(2048).describe('URL https du service de notifications (PushSubscription.endpoint)');

const subscriptionBody = z.object({
  endpoint: endpointSchema,
  keys: z.object({
    p256dh: z.string().max(200).describe('Clé publique P-256 non compressée (65 octets), base64url'),
    auth: z.string().max(100).describe('Secret d’authentification (16 octets), base64url'),
  }),
  expirationTime: z.number().nullish().describe('Ignoré'),
});

const deviceOf = (device: PushDevice) => ({ ...device, createdAt: device.createdAt.toISOString() });

/** `/api/push`: Web Push on the signed-in user's devices (this browser's subscription, the VAPID key). */
export const pushRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/push/public-key',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Clé publique VAPID (applicationServerKey) pour abonner ce navigateur',
        response: { 200: z.object({ publicKey: z.string() }), 401: errorSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return { publicKey: deps.push.publicKey() };
    },
  );

  app.get(
    '/push/subscriptions',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Appareils de l’utilisateur connecté qui reçoivent les notifications, le plus récent d’abord',
        response: { 200: z.object({ subscriptions: z.array(deviceSchema) }), 401: errorSchema },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      reply.header('cache-control', 'private, no-store');
      return { subscriptions: (await deps.push.devices(actor.userId)).map(deviceOf) };
    },
  );

  app.post(
    '/push/subscriptions',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Abonne ce navigateur aux notifications (PushSubscription.toJSON())',
        description:
          'Un abonnement par endpoint : réabonner le même navigateur met ses clés à jour, et un endpoint déjà abonné pour un autre utilisateur passe à l’utilisateur connecté. 422 validation.failed (endpoint, keys.p256dh, keys.auth).',
        body: subscriptionBody,
        response: { 201: z.object({ subscription: deviceSchema }), 401: errorSchema, 422: errorSchema },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const userAgent = request.headers['user-agent'] ?? null;
      const device = await deps.push.subscribe(actor.userId, { endpoint: request.body.endpoint, keys: request.body.keys }, userAgent);
      return reply.status(201).send({ subscription: deviceOf(device) });
    },
  );

  app.delete(
    '/push/subscriptions',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Désabonne un appareil de l’utilisateur connecté',
        description: '204 dans tous les cas ; un endpoint inconnu ou abonné pour un autre utilisateur reste tel quel.',
        body: z.object({ endpoint: endpointSchema }),
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      await deps.push.unsubscribe(actor.userId, request.body.endpoint);
      return reply.status(204).send();
    },
  );
};
