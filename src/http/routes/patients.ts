import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../deps.js';
import { requireUser } from '../guards.js';
import { caseloadRoutes } from './patients/caseload.js';
import { patientFollowRoutes } from './patients/follow.js';
import { patientIdentityRoutes } from './patients/identity.js';
import { usualProfessionalRoutes } from './patients/usual-professionals.js';

/**
 * The patients API (`/api/patients/*`, `/api/caseload`): signed-in users only
 * (401 before the request is parsed). A patient the user may not see answers
 * 404, like a missing one. Responses are never cached (health data).
 */
export const patientRoutes: FastifyPluginAsync<RouteOptions> = async (app, { deps }) => {
  app.addHook('onRequest', async (request) => {
    requireUser(request);
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  await app.register(patientIdentityRoutes, { deps });
  await app.register(patientFollowRoutes, { deps });
  await app.register(caseloadRoutes, { deps });
  await app.register(usualProfessionalRoutes, { deps });
};
