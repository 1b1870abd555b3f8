import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../../deps.js';
import { requireAdmin } from '../../guards.js';
import { adminErrors, errorSchema, idParams, includeInactiveQuery, networkInputSchema, networkSchema } from './schemas.js';

const networkReply = z.object({ network: networkSchema });

/** `/api/admin/networks`: networks (CPTS) and their members. */
export const adminNetworkRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/networks',
    {
      schema: {
        tags: ['admin'],
        summary: 'Réseaux (CPTS), triés par nom, avec leurs membres',
        querystring: includeInactiveQuery(true),
        response: { 200: z.object({ networks: z.array(networkSchema) }), ...adminErrors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { networks: await deps.accounts.listNetworks({ includeInactive: request.query.includeInactive }) };
    },
  );

  app.post(
    '/networks',
    {
      schema: { tags: ['admin'], summary: 'Créer un réseau et ses membres', body: networkInputSchema, response: { 201: networkReply, ...adminErrors } },
    },
    async (request, reply) => {
      requireAdmin(request);
      return reply.status(201).send({ network: await deps.accounts.createNetwork(request.body) });
    },
  );

  app.put(
    '/networks/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Renommer un réseau et remplacer ses membres',
        params: idParams,
        body: networkInputSchema,
        response: { 200: networkReply, 404: errorSchema, ...adminErrors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { network: await deps.accounts.updateNetwork(request.params.id, request.body) };
    },
  );

  for (const action of ['deactivate', 'reactivate'] as const) {
    app.post(
      `/networks/:id/${action}`,
      {
        schema: {
          tags: ['admin'],
          summary: action === 'deactivate' ? 'Désactiver un réseau' : 'Réactiver un réseau',
          params: idParams,
          response: { 200: networkReply, 404: errorSchema, ...adminErrors },
        },
      },
      async (request) => {
        requireAdmin(request);
        const { id } = request.params;
        const network = action === 'deactivate' ? await deps.accounts.deactivateNetwork(id) : await deps.accounts.reactivateNetwork(id);
        return { network };
      },
    );
  }
};
