import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../deps.js';
import { requireAdmin } from '../guards.js';
import { adminCareActRoutes } from './admin/care-acts.js';
import { adminCommuneRoutes } from './admin/communes.js';
import { adminNetworkRoutes } from './admin/networks.js';
import { adminOrganisationRoutes } from './admin/organisations.js';
import { adminPatientAccessRoutes } from './admin/patient-access.js';
import { adminUserRoutes } from './admin/users.js';

/**
 * The admin API (`/api/admin/*`): accounts, organisations, networks, Soins, and the
 * patients' right of access (the one view of patient data an admin has). Every
 * route is for administrators only: 401 when signed out, 403 otherwise — checked
 * before the request is even parsed, and again in each handler.
 */
export const adminRoutes: FastifyPluginAsync<RouteOptions> = async (app, { deps }) => {
  app.addHook('onRequest', async (request) => {
    requireAdmin(request);
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  await app.register(adminUserRoutes, { deps });
  await app.register(adminOrganisationRoutes, { deps });
  await app.register(adminNetworkRoutes, { deps });
  await app.register(adminCommuneRoutes, { deps });
  await app.register(adminCareActRoutes, { deps });
  await app.register(adminPatientAccessRoutes, { deps });
};
