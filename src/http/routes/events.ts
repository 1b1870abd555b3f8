import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../deps.js';
import { requireUser } from '../guards.js';

/** Comment line sent this often so that proxies keep the stream open. */
const HEARTBEAT_MS = 25_000;

/**
 * `GET /api/events`: the signed-in user's live stream (Server-Sent Events).
 * Each event says that a care request changed for this user — `offer` (a new
 * offer), `taken` ("déjà pris en charge"), `withdrawn`, `changed` — with its
 * id; the page then refetches what it shows, with its own access checks. The
 * stream carries no patient data.
 */
export const eventRoutes: FastifyPluginAsync<RouteOptions> = async (app, { deps }) => {
  app.get('/events', { schema: { tags: ['temps réel'], summary: 'Flux d’événements du professionnel connecté (text/event-stream)' } }, async (request, reply) => {
    const actor = requireUser(request);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const unsubscribe = deps.live.subscribe(actor.userId, (message) => {
      res.write(`event: ${message.type}\ndata: ${JSON.stringify({ careRequestId: message.careRequestId })}\n\n`);
    });
    // Sent once subscribed: a client that read it misses nothing after.
    res.write('retry: 3000\n\n');
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    request.raw.on('close', close);
    res.on('error', close);
  });
};
