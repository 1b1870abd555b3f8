import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { RouteOptions } from '../deps.js';

const status = z.object({ status: z.enum(['ok', 'unavailable']) });

/** Liveness (the process answers) and readiness (the database answers). */
export const healthRoutes: FastifyPluginAsync<RouteOptions> = async (app, { deps }) => {
  app.get('/healthz', { schema: { tags: ['ops'], response: { 200: status } }, logLevel: 'warn' }, () => ({ status: 'ok' as const }));
  app.get('/readyz', { schema: { tags: ['ops'], response: { 200: status, 503: status } }, logLevel: 'warn' }, async (_req, reply) => {
    try {
      await deps.pingDatabase();
      return { status: 'ok' as const };
    } catch {
      return reply.status(503).send({ status: 'unavailable' as const });
    }
  });
};
