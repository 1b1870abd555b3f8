import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '../../app/auth/index.js';
import type { Config } from '../../config/index.js';
import { AppError } from '../../core/errors.js';
import type { HttpDeps, RouteOptions } from '../deps.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The raw session token of a signed-in request (auth routes only: never log it). */
    sessionToken: string | null;
    /** The signed-in user as `GET /api/session` shows them. */
    sessionUser: SessionUser | null;
  }
}

export const SESSION_COOKIE = 'declic_session';
/** Random value binding the CSRF token of a signed-out browser. */
export const ANON_COOKIE = 'declic_anon';
export const CSRF_HEADER = 'x-csrf-token';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const isApi = (url: string): boolean => url.startsWith('/api/');

const cookieOptions = (config: Config) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure });

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(config), expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}

/**
 * The CSRF token of this request's browser: bound to its session, or to its
 * anonymous cookie (created here when missing).
 */
export async function csrfTokenFor(request: FastifyRequest, reply: FastifyReply, deps: HttpDeps): Promise<string> {
  let binding = request.sessionToken ?? request.cookies[ANON_COOKIE];
  if (!binding) {
    binding = deps.auth.newAnonymousBinding();
    reply.setCookie(ANON_COOKIE, binding, cookieOptions(deps.config));
  }
  return deps.auth.csrfToken(binding);
}

const plugin: FastifyPluginAsync<RouteOptions> = async (app, { deps }) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('sessionUser', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request.url)) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = await deps.auth.resolveSession(token);
    if (session && token) {
      request.actor = session.actor;
      request.sessionToken = token;
      request.sessionUser = session.user;
      if (session.renewedUntil) setSessionCookie(reply, deps.config, token, session.renewedUntil);
    } else if (token !== undefined) {
      clearSessionCookie(reply, deps.config);
    }

    if (STATE_CHANGING.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const binding = request.sessionToken ?? request.cookies[ANON_COOKIE];
      const valid = binding !== undefined && typeof header === 'string' && (await deps.auth.verifyCsrf(binding, header));
      if (!valid) throw new AppError('auth.csrf');
    }
  });
};

/**
 * Resolves the session cookie to `request.actor` and enforces CSRF on
 * state-changing API requests. Not encapsulated (like `fastify-plugin`): its
 * hook and decorators apply to the whole app.
 */
export const sessionPlugin = Object.assign(plugin, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'declic-session',
});
