import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.js';
import { AppError } from '../core/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by the session plugin; null when anonymous. */
    actor: Actor | null;
  }
}

/** The signed-in user, or a 401. */
export function requireUser(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('auth.unauthenticated');
  return request.actor;
}

/** An administrator, or a 401/403. */
export function requireAdmin(request: FastifyRequest): Actor {
  const actor = requireUser(request);
  if (!actor.isAdmin) throw new AppError('auth.forbidden');
  return actor;
}
