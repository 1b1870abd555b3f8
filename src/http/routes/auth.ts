import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organisationKinds, professions } from '../../core/professions.js';
import { t } from '../../i18n/index.js';
import type { RouteOptions } from '../deps.js';
import { clearSessionCookie, csrfTokenFor, SESSION_COOKIE, setSessionCookie } from '../plugins/session.js';

const sessionUser = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  profession: z.enum(professions),
  organisation: z.object({ id: z.string(), name: z.string(), kind: z.enum(organisationKinds) }).nullable(),
  isAdmin: z.boolean(),
  isSupervisor: z.boolean(),
});

const demo = z
  .object({ password: z.string(), accounts: z.array(z.object({ email: z.string(), label: z.string() })) })
  .nullable()
  .describe('Comptes de démonstration (mode démo uniquement)');

const csrfToken = z.string().describe('À renvoyer dans l’en-tête x-csrf-token de toute requête POST, PUT, PATCH ou DELETE');
const identifiant = z.string().trim().min(1).max(320);
const error = z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() });

/** Session, login, logout and password reset (`/api/session`, `/api/auth/*`). */
export const authRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Session en cours, jeton CSRF et comptes de démonstration',
        response: { 200: z.object({ user: sessionUser.nullable(), csrfToken, demo }) },
      },
    },
    async (request, reply) => ({
      user: request.sessionUser,
      csrfToken: await csrfTokenFor(request, reply, deps),
      demo: deps.demo ? { password: deps.demo.password, accounts: [...deps.demo.accounts] } : null,
    }),
  );

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Connexion (identifiant = adresse e-mail)',
        body: z.object({ identifiant, password: z.string().min(1).max(1024) }),
        response: { 200: z.object({ user: sessionUser, csrfToken }), 401: error, 429: error },
      },
    },
    async (request, reply) => {
      const session = await deps.auth.login({
        identifiant: request.body.identifiant,
        password: request.body.password,
        ip: request.ip,
        previousToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(reply, deps.config, session.token, session.expiresAt);
      return { user: session.user, csrfToken: await deps.auth.csrfToken(session.token) };
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Déconnexion' } }, async (request, reply) => {
    await deps.auth.logout(request.cookies[SESSION_COOKIE]);
    clearSessionCookie(reply, deps.config);
    return reply.status(204).send();
  });

  app.post(
    '/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Demande de réinitialisation du mot de passe (e-mail avec un lien valable 1 heure)',
        body: z.object({ identifiant }),
        response: { 202: z.object({ message: z.string() }) },
      },
    },
    async (request, reply) => {
      const outcome = await deps.auth.requestPasswordReset(request.body.identifiant);
      if (outcome.kind === 'delivery_failed') {
        request.log.warn({ errorCode: outcome.errorCode }, 'password reset e-mail not delivered');
      }
      return reply.status(202).send({ message: t('email.passwordReset.requested') });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Nouveau mot de passe avec le jeton reçu par e-mail',
        description: '204 si le mot de passe est changé ; 400 auth.reset_token_invalid ; 422 validation.failed (12 à 128 caractères).',
        body: z.object({ token: z.string().min(1).max(256), password: z.string() }),
      },
    },
    async (request, reply) => {
      await deps.auth.confirmPasswordReset({ token: request.body.token, password: request.body.password });
      return reply.status(204).send();
    },
  );
};
