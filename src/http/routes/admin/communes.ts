import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../../deps.js';
import { requireAdmin } from '../../guards.js';
import { adminErrors, communeQuery, communeSchema } from './schemas.js';

/** `/api/admin/communes`: the commune picker of the practice address. */
export const adminCommuneRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/communes',
    {
      schema: {
        tags: ['admin'],
        summary: 'Communes par début de nom (sans accents) ou code postal, 20 au plus',
        querystring: communeQuery,
        response: { 200: z.object({ communes: z.array(communeSchema) }), ...adminErrors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { communes: await deps.accounts.searchCommunes(request.query.q) };
    },
  );
};
