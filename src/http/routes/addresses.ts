import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addressPrecisions, MAX_SUGGESTION_LIMIT } from '../../app/addresses/index.js';
import { territories } from '../../core/territories.js';
import type { RouteOptions } from '../deps.js';
import { requireUser } from '../guards.js';

const errorSchema = z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() });

/** One address suggestion, as listed and as the patients API accepts it back. */
export const addressSuggestionSchema = z.object({
  label: z.string().min(1).max(500).describe('Libellé complet, tel que proposé'),
  address: z.string().min(1).max(500).describe('Numéro et voie, ou lieu-dit / commune'),
  postcode: z.string().regex(/^\d{5}$/),
  city: z.string().min(1).max(200),
  inseeCode: z.string().regex(/^(\d{5}|2[AB]\d{3})$/).describe('Code INSEE de la commune'),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  territory: z.enum(territories),
  timeZone: z.string().min(1).max(64).describe('Fuseau IANA du territoire'),
  precision: z.enum(addressPrecisions).describe('housenumber, street, locality ou municipality (centre de la commune)'),
});

const addressQuery = z.object({
  q: z.string().max(500).default('').describe('Adresse saisie (3 caractères au moins)'),
  territory: z.enum(territories).optional().describe('metropole, guadeloupe, martinique, guyane, reunion ou mayotte'),
  limit: z.coerce.number().int().min(1).max(MAX_SUGGESTION_LIMIT).optional().describe(`Nombre de suggestions (défaut 8, au plus ${MAX_SUGGESTION_LIMIT})`),
});

const communeQuery = z.object({ q: z.string().max(100).default('').describe('Début du nom de la commune, code postal ou code INSEE') });

const communeChoiceSchema = z.object({
  inseeCode: z.string(),
  name: z.string(),
  postcodes: z.array(z.string()),
  departement: z.string(),
});

const errors = { 401: errorSchema, 422: errorSchema, 503: errorSchema } as const;

/**
 * `/api/addresses` (address autocomplete of the patient form) and
 * `/api/communes` (commune picker of "Lieu de naissance"), for any signed-in
 * user. The typed text is never logged.
 */
export const addressRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.addHook('onRequest', async (request) => {
    requireUser(request);
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/addresses',
    {
      schema: {
        tags: ['adresses'],
        summary: 'Suggestions d’adresses (géocodeur national, ou table des communes en mode dégradé)',
        querystring: addressQuery,
        response: { 200: z.object({ suggestions: z.array(addressSuggestionSchema), degraded: z.boolean() }), ...errors },
      },
    },
    async (request) => {
      const { q, territory, limit } = request.query;
      return deps.addresses.suggestAddresses(q, { territory, limit });
    },
  );

  app.get(
    '/communes',
    {
      schema: {
        tags: ['adresses'],
        summary: 'Communes par début de nom (sans accents), code postal ou code INSEE, 20 au plus',
        querystring: communeQuery,
        response: { 200: z.object({ communes: z.array(communeChoiceSchema) }), ...errors },
      },
    },
    async (request) => ({ communes: await deps.addresses.searchCommunes(request.query.q) }),
  );
};
