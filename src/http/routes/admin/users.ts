import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../../deps.js';
import { requireAdmin } from '../../guards.js';
import { adminErrors, errorSchema, idParams, userDetailSchema, userInputSchema, userListQuery, userSummarySchema, userUpdateSchema } from './schemas.js';

const userReply = z.object({ user: userDetailSchema });

/** `/api/admin/users`: list, read, create, edit, deactivate and reactivate user accounts. */
export const adminUserRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/users',
    {
      schema: {
        tags: ['admin'],
        summary: 'Utilisateurs, triés par nom (500 au plus)',
        querystring: userListQuery,
        response: { 200: z.object({ users: z.array(userSummarySchema) }), ...adminErrors },
      },
    },
    async (request) => {
      requireAdmin(request);
      const users = await deps.accounts.listUsers({ q: request.query.q ?? null, includeInactive: request.query.includeInactive });
      return { users };
    },
  );

  app.get(
    '/users/:id',
    { schema: { tags: ['admin'], summary: 'Un utilisateur', params: idParams, response: { 200: userReply, 404: errorSchema, ...adminErrors } } },
    async (request) => {
      requireAdmin(request);
      return { user: await deps.accounts.getUser(request.params.id) };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['admin'],
        summary: 'Créer un utilisateur (horaires, absences, réseaux et supervisions compris)',
        body: userInputSchema,
        response: { 201: userReply, 409: errorSchema, ...adminErrors },
      },
    },
    async (request, reply) => {
      requireAdmin(request);
      const user = await deps.accounts.createUser(request.body);
      return reply.status(201).send({ user });
    },
  );

  app.put(
    '/users/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Modifier un utilisateur (remplace horaires, absences, réseaux et supervisions)',
        params: idParams,
        body: userUpdateSchema,
        response: { 200: userReply, 404: errorSchema, 409: errorSchema, ...adminErrors },
      },
    },
    async (request) => {
      const actor = requireAdmin(request);
      return { user: await deps.accounts.updateUser(actor, request.params.id, request.body) };
    },
  );

  app.post(
    '/users/:id/deactivate',
    {
      schema: {
        tags: ['admin'],
        summary: 'Désactiver un utilisateur (connexion et sessions refusées)',
        params: idParams,
        response: { 200: userReply, 404: errorSchema, 409: errorSchema, ...adminErrors },
      },
    },
    async (request) => {
      const actor = requireAdmin(request);
      return { user: await deps.accounts.deactivateUser(actor, request.params.id) };
    },
  );

  app.post(
    '/users/:id/reactivate',
    {
      schema: { tags: ['admin'], summary: 'Réactiver un utilisateur', params: idParams, response: { 200: userReply, 404: errorSchema, ...adminErrors } },
    },
    async (request) => {
      requireAdmin(request);
      return { user: await deps.accounts.reactivateUser(request.params.id) };
    },
  );
};
