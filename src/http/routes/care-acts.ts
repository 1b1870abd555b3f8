import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../deps.js';
import { requireUser } from '../guards.js';
import { careActSchema, errorSchema } from './admin/schemas.js';

/** `/api/care-acts`: the Soins offered today (active acts), for any signed-in user. */
export const careActRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/care-acts',
    {
      schema: {
        tags: ['soins'],
        summary: 'Soins proposés (actifs), triés par profession puis ordre puis libellé',
        response: { 200: z.object({ careActs: z.array(careActSchema) }), 401: errorSchema },
      },
    },
    async (request, reply) => {
      requireUser(request);
      reply.header('cache-control', 'private, no-cache');
      return { careActs: await deps.careActs.listActive() };
    },
  );
};
