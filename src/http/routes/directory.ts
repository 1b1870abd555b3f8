import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { usualProfessionalRoles } from '../../core/directory/index.js';
import type { RouteOptions } from '../deps.js';
import { requireUser } from '../guards.js';

const errorSchema = z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() });

const searchQuery = z.object({
  profession: z.enum(usualProfessionalRoles).describe('Rôle recherché : medecin_traitant, infirmier, kinesitherapeute, pharmacien ou sage_femme'),
  lastName: z.string().max(100).default('').describe('Début du nom (3 lettres au moins ; accents et casse ignorés)'),
  firstName: z.string().max(100).default('').describe('Début du prénom (3 lettres au moins)'),
});

const resultSchema = z.object({
  source: z.enum(['platform', 'directory']).describe('platform : utilisateur de Déclic ; directory : annuaire national seulement'),
  idNat: z.string().nullable().describe('Identification nationale : 8 + RPPS ou 0 + ADELI'),
  rpps: z.string().nullable(),
  adeli: z.string().nullable(),
  lastName: z.string(),
  firstName: z.string(),
  professionLabel: z.string(),
  city: z.string().nullable(),
  userId: z.string().nullable().describe('Compte Déclic du professionnel, s’il en a un'),
});

/**
 * `/api/directory/search`: "Ajout d'un professionnel" — professionals of a
 * role in the national directory (RPPS) and among Déclic's users, for any
 * signed-in user. The typed names are never logged.
 */
export const directoryRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.addHook('onRequest', async (request) => {
    requireUser(request);
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/directory/search',
    {
      schema: {
        tags: ['annuaire'],
        summary: 'Rechercher un professionnel (annuaire national et utilisateurs), 30 résultats au plus',
        querystring: searchQuery,
        response: { 200: z.object({ results: z.array(resultSchema) }), 401: errorSchema, 422: errorSchema },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return { results: await deps.directory.search(actor, request.query) };
    },
  );
};
