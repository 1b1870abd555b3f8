import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../core/errors.js';
import type { HttpDeps } from './deps.js';
import { sendError } from './errors.js';
import { sessionPlugin } from './plugins/session.js';
import { addressRoutes } from './routes/addresses.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { careActRoutes } from './routes/care-acts.js';
import { careRequestRoutes } from './routes/care-requests.js';
import { eventRoutes } from './routes/events.js';
import { preferenceRoutes } from './routes/preferences.js';
import { devRoutes } from './routes/dev.js';
import { directoryRoutes } from './routes/directory.js';
import { documentRoutes } from './routes/documents.js';
import { healthRoutes } from './routes/health.js';
import { patientRoutes } from './routes/patients.js';
import { pushRoutes } from './routes/push.js';

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** Builds the HTTP server: security headers, sessions and CSRF, the API, its OpenAPI document and the web app. */
export async function buildServer(deps: HttpDeps): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: 1_048_576,
    trustProxy: deps.config.trustProxy,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error));

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // The service worker of Web Push (/sw.js).
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: deps.config.cookieSecure ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: deps.config.cookieSecure,
  });
  await app.register(fastifyCookie);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Déclic API', version: '0.1.0', description: 'API de Déclic : déclencher une prise en charge pour un patient.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'declic_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { validatorUrl: null } });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(healthRoutes, { deps });
  await app.register(sessionPlugin, { deps });
  await app.register(authRoutes, { deps, prefix: '/api' });
  await app.register(adminRoutes, { deps, prefix: '/api/admin' });
  await app.register(addressRoutes, { deps, prefix: '/api' });
  await app.register(patientRoutes, { deps, prefix: '/api' });
  await app.register(directoryRoutes, { deps, prefix: '/api' });
  await app.register(careActRoutes, { deps, prefix: '/api' });
  await app.register(careRequestRoutes, { deps, prefix: '/api' });
  await app.register(documentRoutes, { deps, prefix: '/api' });
  await app.register(eventRoutes, { deps, prefix: '/api' });
  await app.register(preferenceRoutes, { deps, prefix: '/api' });
  await app.register(pushRoutes, { deps, prefix: '/api' });
  if (deps.config.demo) await app.register(devRoutes, { deps, prefix: '/api/dev' });

  registerWebApp(app, deps.config.webRoot);
  return app;
}

/** Serves the built React app; any non-API path falls back to index.html (client-side routing). */
function registerWebApp(app: App, webRoot: string): void {
  const hasBuild = existsSync(join(webRoot, 'index.html'));
  if (hasBuild) {
    // The page, sw.js and icons are checked again at each use; Vite names the files of /assets/ after their
    // content, so a browser keeps those for good (a new build has new names).
    void app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, globIgnore: ['assets/**'], cacheControl: false, setHeaders: (reply) => reply.header('cache-control', 'no-cache') });
    void app.register(fastifyStatic, { root: join(webRoot, 'assets'), prefix: '/assets/', wildcard: false, index: false, decorateReply: false, immutable: true, maxAge: '365d' });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/api';
    // A missing asset (e.g. a stale page after a deploy) is a 404, not the app page.
    const isAsset = request.url.startsWith('/assets/');
    if (isApi || isAsset || !hasBuild || request.method !== 'GET') {
      return sendError(request, reply, new AppError('request.not_found'));
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
  });
}
