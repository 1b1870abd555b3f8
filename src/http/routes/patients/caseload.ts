import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CaseloadPeriod } from '../../../app/patients/index.js';
import type { RouteOptions } from '../../deps.js';
import { requireUser } from '../../guards.js';
import { caseloadPatientSchema, caseloadQuery, patientErrors } from './schemas.js';

/** `/api/caseload`: « Fiches patients », la file active patientèle. */
export const caseloadRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/caseload',
    {
      schema: {
        tags: ['patients'],
        summary: 'File active patientèle : les patients suivis, activité la plus récente d’abord (200 au plus)',
        querystring: caseloadQuery,
        response: { 200: z.object({ patients: z.array(caseloadPatientSchema) }), ...patientErrors },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const days = request.query.days ? (Number(request.query.days) as CaseloadPeriod) : null;
      return { patients: await deps.patients.listCaseload(actor, { q: request.query.q ?? null, days }) };
    },
  );
};
