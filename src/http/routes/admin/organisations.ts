import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../../deps.js';
import { requireAdmin } from '../../guards.js';
import { adminErrors, errorSchema, idParams, includeInactiveQuery, organisationInputSchema, organisationSchema } from './schemas.js';

const organisationReply = z.object({ organisation: organisationSchema });

/** `/api/admin/organisations`: cabinets, plateformes, établissements. */
export const adminOrganisationRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/organisations',
    {
      schema: {
        tags: ['admin'],
        summary: 'Organisations, triées par nom, avec leur nombre de membres actifs',
        querystring: includeInactiveQuery(false),
        response: { 200: z.object({ organisations: z.array(organisationSchema) }), ...adminErrors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { organisations: await deps.accounts.listOrganisations({ includeInactive: request.query.includeInactive }) };
    },
  );

  app.post(
    '/organisations',
    {
      schema: { tags: ['admin'], summary: 'Créer une organisation', body: organisationInputSchema, response: { 201: organisationReply, ...adminErrors } },
    },
    async (request, reply) => {
      requireAdmin(request);
      return reply.status(201).send({ organisation: await deps.accounts.createOrganisation(request.body) });
    },
  );

  app.put(
    '/organisations/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Modifier une organisation',
        params: idParams,
        body: organisationInputSchema,
        response: { 200: organisationReply, 404: errorSchema, ...adminErrors },
      },
    },
    async (request) => {
      requireAdmin(request);
      return { organisation: await deps.accounts.updateOrganisation(request.params.id, request.body) };
    },
  );

  for (const action of ['deactivate', 'reactivate'] as const) {
    app.post(
      `/organisations/:id/${action}`,
      {
        schema: {
          tags: ['admin'],
          summary: action === 'deactivate' ? 'Désactiver une organisation' : 'Réactiver une organisation',
          params: idParams,
          response: { 200: organisationReply, 404: errorSchema, ...adminErrors },
        },
      },
      async (request) => {
        requireAdmin(request);
        const { id } = request.params;
        const organisation = action === 'deactivate' ? await deps.accounts.deactivateOrganisation(id) : await deps.accounts.reactivateOrganisation(id);
        return { organisation };
      },
    );
  }
};
