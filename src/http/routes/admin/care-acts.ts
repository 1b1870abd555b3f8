import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../../deps.js';
import { requireAdmin } from '../../guards.js';
import { adminErrors, careActChangesSchema, careActInputSchema, careActParams, careActSchema, errorSchema } from './schemas.js';

const careActReply = z.object({ careAct: careActSchema });

/** `/api/admin/care-acts`: the catalogue of Soins, per profession. */
export const adminCareActRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/care-acts',
    {
      schema: {
        tags: ['admin'],
        summary: 'Catalogue des soins, soins désactivés compris, trié par profession puis ordre puis libellé',
        response: { 200: z.object({ careActs: z.array(careActSchema) }), ...adminErrors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { careActs: await deps.careActs.listAll() };
    },
  );

  app.post(
    '/care-acts',
    {
      schema: {
        tags: ['admin'],
        summary: 'Ajouter un soin à une profession (code dérivé du libellé)',
        body: careActInputSchema,
        response: { 201: careActReply, ...adminErrors },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      return reply.status(201).send({ careAct: await deps.careActs.create(request.body) });
    },
  );

  app.patch(
    '/care-acts/:profession/:code',
    {
      schema: {
        tags: ['admin'],
        summary: 'Renommer, réordonner, désactiver ou réactiver un soin',
        params: careActParams,
        body: careActChangesSchema,
        response: { 200: careActReply, 404: errorSchema, ...adminErrors },
      },
    },
    async (request) => {
      requireAdmin(request);
      const { profession, code } = request.params;
      return { careAct: await deps.careActs.update(profession, code, request.body) };
    },
  );
};
