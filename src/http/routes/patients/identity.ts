import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteOptions } from '../../deps.js';
import { requireUser } from '../../guards.js';
import { errorSchema, idParams, identityQuery, patientErrors, patientInputSchema, patientReply, patientSummarySchema } from './schemas.js';

/** `/api/patients`: Recherche patient, création, fiche patient, modification. */
export const patientIdentityRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/patients/search',
    {
      schema: {
        tags: ['patients'],
        summary: 'Recherche patient (20 au plus), dont le doublon exact sur les quatre critères',
        description:
          'Au moins un critère. Nom et prénom : début, sans accents ni casse ; téléphone normalisé puis exact ; date exacte. ' +
          'Un patient non visible est aussi renvoyé (followed: false) quand les quatre critères lui correspondent exactement.',
        querystring: identityQuery,
        response: { 200: z.object({ matches: z.array(patientSummarySchema) }), ...patientErrors },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return { matches: await deps.patients.searchPatients(actor, request.query) };
    },
  );

  app.post(
    '/patients',
    {
      schema: {
        tags: ['patients'],
        summary: 'Enregistrer un patient (le créateur le suit : « Patient pour Moi »)',
        body: patientInputSchema,
        response: { 201: patientReply, 409: errorSchema, ...patientErrors },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const patient = await deps.patients.createPatient(actor, request.body);
      return reply.status(201).send({ patient });
    },
  );

  app.get(
    '/patients/:id',
    {
      schema: {
        tags: ['patients'],
        summary: 'Fiche patient : identité, adresse, professionnels habituels, historique',
        params: idParams,
        response: { 200: patientReply, ...patientErrors },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return { patient: await deps.patients.getPatient(actor, request.params.id) };
    },
  );

  app.put(
    '/patients/:id',
    {
      schema: {
        tags: ['patients'],
        summary: 'Modifier l’identité et l’adresse d’un patient',
        params: idParams,
        body: patientInputSchema,
        response: { 200: patientReply, 409: errorSchema, ...patientErrors },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return { patient: await deps.patients.updatePatient(actor, request.params.id, request.body) };
    },
  );
};
