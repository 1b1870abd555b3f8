import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../deps.js';

export const authRoutes: FastifyPluginAsync<RouteOptions> = async () => {};
