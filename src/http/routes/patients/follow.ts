import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../../deps.js';
import { requireUser } from '../../guards.js';
import { idParams, identityQuery, patientErrors, patientReply } from './schemas.js';

/** `/api/patients/:id/follow`: « Patient pour Moi » (file active patientèle). */
export const patientFollowRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/patients/:id/follow',
    {
      schema: {
        tags: ['patients'],
        summary: 'Suivre un patient (« Patient pour Moi »)',
        description:
          'Permis pour un patient visible, ou pour le doublon trouvé par la recherche : le corps reprend alors les quatre critères (téléphone, nom, prénom, date de naissance) qui lui correspondent exactement.',
        params: idParams,
        body: identityQuery.nullish(),
        response: { 200: patientReply, ...patientErrors },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return { patient: await deps.patients.followPatient(actor, request.params.id, request.body ?? null) };
    },
  );

  app.delete(
    '/patients/:id/follow',
    {
      schema: {
        tags: ['patients'],
        summary: 'Ne plus suivre un patient (le retirer de sa file active)',
        params: idParams,
        response: { 204: z.null().describe('Fait'), ...patientErrors },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      await deps.patients.unfollowPatient(actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
