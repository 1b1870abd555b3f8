import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CareRequestView } from '../../app/care-requests/index.js';
import type { Actor } from '../../core/actor.js';
import type { RouteOptions } from '../deps.js';
import { requireUser } from '../guards.js';
import {
  batchInputSchema,
  batchReply,
  callerSchema,
  careRequestErrors,
  careRequestViewSchema,
  commentInputSchema,
  idParams,
  declineInputSchema,
  listQuery,
  listReply,
  numberParams,
  reasonInputSchema,
  receivedOfferSchema,
  resourceSchema,
  retriggerInputSchema,
  timelineLine,
} from './care-requests/schemas.js';

const viewReply = z.object({ careRequest: careRequestViewSchema });

/**
 * The care-requests API (déclenchements, fiches): signed-in users only; a
 * fiche the user may not see answers 404 like a missing one, by id and by
 * number. Responses are never cached (health data).
 */
export const careRequestRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.addHook('onRequest', async (request) => {
    requireUser(request);
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/care-requests/caller',
    { schema: { tags: ['déclenchements'], summary: 'APPELANT : identité, service et téléphones du demandeur', response: { 200: z.object({ caller: callerSchema }), ...careRequestErrors } } },
    async (request) => ({ caller: await deps.careRequests.getCaller(requireUser(request)) }),
  );

  app.post(
    '/care-request-batches',
    {
      schema: {
        tags: ['déclenchements'],
        summary: 'Déclencher : une ou plusieurs demandes pour un patient, en une transaction',
        body: batchInputSchema,
        response: { 201: batchReply, ...careRequestErrors },
      },
    },
    async (request, reply) => {
      const batch = await deps.careRequests.triggerBatch(requireUser(request), request.body);
      return reply.status(201).send({ batch });
    },
  );

  app.get(
    '/care-requests',
    {
      schema: {
        tags: ['déclenchements'],
        summary: 'Tableau de bord : une page de Mes fiches ou des Fiches supervisées, filtrée, les plus récentes en premier',
        querystring: listQuery,
        response: { 200: listReply, ...careRequestErrors },
      },
    },
    async (request) => deps.careRequests.listCareRequests(requireUser(request), request.query),
  );

  app.get(
    '/care-requests/number/:number',
    { schema: { tags: ['déclenchements'], summary: 'Fiche par numéro', params: numberParams, response: { 200: viewReply, ...careRequestErrors } } },
    async (request) => ({ careRequest: await deps.careRequests.getCareRequestByNumber(requireUser(request), request.params.number) }),
  );

  app.get(
    '/care-requests/:id',
    { schema: { tags: ['déclenchements'], summary: 'Fiche : demande, tours, horodatage', params: idParams, response: { 200: viewReply, ...careRequestErrors } } },
    async (request) => ({ careRequest: await deps.careRequests.getCareRequest(requireUser(request), request.params.id) }),
  );

  app.post(
    '/care-requests/:id/rounds',
    {
      schema: {
        tags: ['déclenchements'],
        summary: 'Déclencher de nouveau une demande sans réponse (rayon élargi, sans restriction au réseau)',
        params: idParams,
        body: retriggerInputSchema,
        response: { 200: viewReply.extend({ offeredCount: z.number() }), ...careRequestErrors },
      },
    },
    async (request) => deps.careRequests.retrigger(requireUser(request), request.params.id, request.body),
  );

  const offersReply = { 200: z.object({ offers: z.array(receivedOfferSchema) }), ...careRequestErrors };
  app.get(
    '/offers',
    {
      schema: {
        tags: ['prises en charge'],
        summary: 'Demandes reçues : les offres faites au professionnel ces 14 derniers jours',
        response: offersReply,
      },
    },
    async (request) => ({ offers: await deps.careRequests.listReceivedOffers(requireUser(request)) }),
  );

  app.get(
    '/offers/:id',
    {
      schema: {
        tags: ['prises en charge'],
        summary: 'Les lignes de Demandes reçues d’une fiche (rafraîchies sur un événement en direct) ; aucune sans offre',
        params: idParams,
        response: offersReply,
      },
    },
    async (request) => ({ offers: await deps.careRequests.listReceivedOffers(requireUser(request), request.params.id) }),
  );

  const action = (path: string, summary: string, run: (actor: Actor, id: string) => Promise<CareRequestView>) =>
    app.post(
      `/care-requests/:id/${path}`,
      { schema: { tags: ['prises en charge'], summary, params: idParams, response: { 200: viewReply, ...careRequestErrors } } },
      async (request) => ({ careRequest: await run(requireUser(request), request.params.id) }),
    );
  action('accept', 'Accepter (le premier qui accepte prend la demande ; les autres : « déjà pris en charge »)', (actor, id) =>
    deps.careRequests.acceptOffer(actor, id),
  );
  action('visits', 'Enregistrer un passage (« 1er passage »…), par l’intervenant', (actor, id) => deps.careRequests.recordVisit(actor, id));
  action('complete', 'Clôturer la prise en charge, par l’intervenant', (actor, id) => deps.careRequests.completeCareRequest(actor, id));

  app.post(
    '/care-requests/:id/decline',
    {
      schema: { tags: ['prises en charge'], summary: 'Décliner une offre, avec un motif', params: idParams, body: declineInputSchema, response: { 200: viewReply, ...careRequestErrors } },
    },
    async (request) => ({ careRequest: await deps.careRequests.declineOffer(requireUser(request), request.params.id, request.body) }),
  );

  app.post(
    '/care-requests/:id/cancel',
    {
      schema: { tags: ['prises en charge'], summary: 'Annuler, avec un motif (demandeur, son organisation, superviseur)', params: idParams, body: reasonInputSchema, response: { 200: viewReply, ...careRequestErrors } },
    },
    async (request) => ({ careRequest: await deps.careRequests.cancelCareRequest(requireUser(request), request.params.id, request.body) }),
  );

  app.post(
    '/care-requests/:id/hand-back',
    {
      schema: { tags: ['prises en charge'], summary: 'Rendre la prise en charge, avec un motif : elle est déclenchée de nouveau', params: idParams, body: reasonInputSchema, response: { 200: viewReply, ...careRequestErrors } },
    },
    async (request) => ({ careRequest: await deps.careRequests.handBack(requireUser(request), request.params.id, request.body) }),
  );

  app.post(
    '/care-requests/:id/comments',
    {
      schema: {
        tags: ['prises en charge'],
        summary: 'Ajouter un commentaire / un tag (demandeur, son organisation, superviseur, intervenant)',
        params: idParams,
        body: commentInputSchema,
        response: { 200: viewReply, ...careRequestErrors },
      },
    },
    async (request) => ({ careRequest: await deps.careRequests.addComment(requireUser(request), request.params.id, request.body) }),
  );

  app.get(
    '/care-requests/:id/timeline',
    {
      schema: {
        tags: ['déclenchements'],
        summary: 'Horodatage complet, le plus récent en premier (en lecture seule : aucune modification ni suppression)',
        params: idParams,
        response: { 200: z.object({ timeline: z.array(timelineLine) }), ...careRequestErrors },
      },
    },
    async (request) => ({ timeline: await deps.careRequests.readTimeline(requireUser(request), request.params.id) }),
  );

  app.get(
    '/care-requests/:id/resources',
    {
      schema: {
        tags: ['prises en charge'],
        summary: 'Ressources déclenchées : qui, quand, par quels canaux, vu ou non, et sa réponse',
        params: idParams,
        response: { 200: z.object({ resources: z.array(resourceSchema) }), ...careRequestErrors },
      },
    },
    async (request) => ({ resources: await deps.careRequests.listResources(requireUser(request), request.params.id) }),
  );
};
