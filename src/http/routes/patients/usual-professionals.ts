import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../../deps.js';
import { requireUser } from '../../guards.js';
import { patientErrors, roleParams, usualProfessionalInputSchema, usualProfessionalsReply } from './schemas.js';

/** `/api/patients/:id/usual-professionals/:role`: les professionnels habituels du patient. */
export const usualProfessionalRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.put(
    '/patients/:id/usual-professionals/:role',
    {
      schema: {
        tags: ['patients'],
        summary: 'Choisir le professionnel habituel d’un rôle (remplace le précédent)',
        description: 'Un résultat de l’annuaire national (idNat) ou un utilisateur (userId) de la profession du rôle. Un professionnel inscrit sur la plateforme est lié à son compte (RPPS/ADELI).',
        params: roleParams,
        body: usualProfessionalInputSchema,
        response: { 200: usualProfessionalsReply, ...patientErrors },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const { id, role } = request.params;
      return { usualProfessionals: await deps.patients.setUsualProfessional(actor, id, role, request.body) };
    },
  );

  app.delete(
    '/patients/:id/usual-professionals/:role',
    {
      schema: {
        tags: ['patients'],
        summary: 'Retirer le professionnel habituel d’un rôle',
        params: roleParams,
        response: { 200: usualProfessionalsReply, ...patientErrors },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const { id, role } = request.params;
      return { usualProfessionals: await deps.patients.removeUsualProfessional(actor, id, role) };
    },
  );
};
