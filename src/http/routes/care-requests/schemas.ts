import { z } from 'zod';
import { declineReasons, LIST_PAGE_MAX } from '../../../app/care-requests/index.js';
import { careRequestPeriods, careRequestScopes, careRequestSorts, type CareRequestPeriod } from '../../../core/care-requests/dashboard.js';
import { careRequestStatuses, responseDeadlineChoices, startWithinChoices } from '../../../core/care-requests/types.js';
import { careModes, careProfessions, professions } from '../../../core/professions.js';
import { errorSchema } from '../patients/schemas.js';

/**
 * Zod schemas of the care-requests API (and its OpenAPI document). Inputs are
 * loose on purpose: the use case answers with French messages per field.
 */

export const careRequestErrors = { 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema } as const;

export const idParams = z.object({ id: z.guid().describe('Identifiant de la fiche (UUID)') });
export const numberParams = z.object({ number: z.string().max(20).describe('Numéro de fiche (#NNNNNNNN ou NNNNNNNN)') });

const text = (max: number) => z.string().max(max).nullish();
const integer = z.number().int();

export const careRequestInputSchema = z.object({
  profession: z.string().max(40).describe(`Intervenant : ${careProfessions.join(', ')}`),
  restrictToNetwork: z.boolean().optional().describe('Restreindre au réseau (CPTS) du demandeur'),
  careActs: z.array(z.string().max(60)).max(30).describe('Soins : codes du catalogue de la profession (GET /api/care-acts)'),
  otherCareAct: text(400).describe('Précision de « Autre Soins »'),
  careMode: z.string().max(20).describe(`Type PeC : ${careModes.join(', ')}`),
  startOn: text(20).describe("Date d'inter (AAAA-MM-JJ), OU startWithinMinutes"),
  timeZone: text(60).describe('Fuseau (IANA), par défaut celui du patient'),
  startWithinMinutes: integer.nullish().describe(`Délai d'inter en minutes : ${startWithinChoices.join(', ')}`),
  days: integer.describe('Nb jours'),
  visitsPerDay: integer.describe('Passage(s)/j'),
  responseDeadlineMinutes: integer.describe(`Délai de réponse en minutes : ${responseDeadlineChoices.join(', ')}`),
  comment: z.string().max(4000).describe('Commentaire (obligatoire)'),
  selfDispatch: z.boolean().optional().describe('Auto déclenchement : le demandeur, de la profession demandée, prend la demande lui-même'),
});

export const batchInputSchema = z.object({
  patientId: z.guid(),
  callerPhone: text(40).describe('Tél appel'),
  directLine: text(40).describe('Ligne directe (enregistrée pour la prochaine fois)'),
  requests: z.array(careRequestInputSchema).max(5).describe('Une demande par profession (multi-déclenchement)'),
  clientKey: z.string().max(100).nullish().describe('Clé d’idempotence (UUID) : renvoyée après une erreur réseau, elle redonne le déclenchement déjà fait'),
});

const careActLabel = z.object({ code: z.string(), label: z.string() });
export const userCard = z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), profession: z.enum(professions) });
const sex = z.enum(['F', 'M']);

export const callerSchema = userCard.extend({
  organisationName: z.string().nullable(),
  organisationPhone: z.string().nullable(),
  mobilePhone: z.string().nullable(),
  directLine: z.string().nullable(),
});

export const batchReply = z.object({
  batch: z.object({
    id: z.string(),
    patientId: z.string(),
    requests: z.array(
      z.object({
        id: z.string(),
        number: z.number(),
        profession: z.enum(careProfessions),
        careActs: z.array(careActLabel),
        otherCareAct: z.string().nullable(),
        status: z.enum(careRequestStatuses),
        offeredCount: z.number().describe('Intervenant(s) déclenché(s)'),
        serviceName: z.string().nullable(),
      }),
    ),
  }),
});

export const timelineLine = z.object({ id: z.string(), kind: z.string(), at: z.string(), text: z.string(), by: z.string().nullable().describe('Qui, quand la ligne ne le dit pas') });

const summaryFields = {
  id: z.string(),
  number: z.number(),
  status: z.enum(careRequestStatuses),
  profession: z.enum(careProfessions),
  careActs: z.array(careActLabel),
  otherCareAct: z.string().nullable(),
  careMode: z.enum(careModes),
  restrictToNetwork: z.boolean(),
  startOn: z.string().nullable(),
  startWithinMinutes: z.number().nullable(),
  timeZone: z.string(),
  days: z.number(),
  visitsPerDay: z.number(),
  responseDeadlineMinutes: z.number(),
  comment: z.string(),
  selfDispatched: z.boolean(),
  createdAt: z.string(),
  requester: userCard.extend({
    organisationName: z.string().nullable(),
    callerPhone: z.string().nullable(),
    directLine: z.string().nullable(),
    organisationPhone: z.string().nullable(),
    mobilePhone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  patient: z.discriminatedUnion('view', [
    z.object({
      view: z.literal('full'),
      id: z.string(),
      lastName: z.string(),
      firstName: z.string(),
      sex,
      birthDate: z.string(),
      phone: z.string(),
      addressLabel: z.string(),
      postcode: z.string(),
      city: z.string(),
      addressComplement: z.string().nullable(),
      building: z.string().nullable(),
      staircase: z.string().nullable(),
      floor: z.string().nullable(),
      digicode: z.string().nullable(),
      intercom: z.string().nullable(),
      door: z.string().nullable(),
    }),
    z.object({ view: z.literal('anonymised'), sex, ageYears: z.number(), city: z.string(), postcode: z.string(), distanceKm: z.number().nullable() }),
  ]),
  performer: userCard.nullable(),
  offerCount: z.number().describe('Ressources déclenchées, tous tours confondus'),
  timeline: z.array(timelineLine).describe('Horodatage, le plus récent en premier'),
  tags: z.array(z.string()).describe('Tags ajoutés avec les commentaires (vue complète seulement)'),
};

export const careRequestSummarySchema = z.object(summaryFields);

export const careRequestViewSchema = z.object({
  ...summaryFields,
  rounds: z.array(
    z.object({
      number: z.number(),
      startedAt: z.string(),
      deadlineAt: z.string(),
      widenedAt: z.string().nullable(),
      radiusKm: z.number().nullable(),
      restrictToNetwork: z.boolean(),
      usualFirst: z.boolean(),
      offerCount: z.number(),
    }),
  ),
  myOffer: z
    .object({
      phase: z.enum(['usual', 'open']),
      offeredAt: z.string(),
      seenAt: z.string().nullable(),
      response: z.enum(['accepted', 'declined', 'withdrawn']).nullable(),
      declineReason: z.enum(declineReasons).nullable(),
    })
    .nullable()
    .describe('L’offre faite au lecteur, quand il est un professionnel sollicité'),
  visits: z.object({ done: z.number(), planned: z.number() }).describe('Passages faits / prévus (Nb jours × Passage(s)/j)'),
  can: z.object({
    retrigger: z.boolean(),
    accept: z.boolean(),
    decline: z.boolean(),
    cancel: z.boolean(),
    recordVisit: z.boolean(),
    complete: z.boolean(),
    handBack: z.boolean(),
    seeResources: z.boolean(),
    comment: z.boolean().describe('Ajouter un commentaire / un tag'),
    addDocument: z.boolean().describe('Ajouter un document à la fiche'),
  }),
});

const myOfferSchema = careRequestViewSchema.shape.myOffer.unwrap();

export const receivedOfferSchema = z.object({ offer: myOfferSchema, careRequest: careRequestSummarySchema });

export const resourceSchema = z.object({
  round: z.number(),
  professional: userCard,
  phase: z.enum(['usual', 'open']),
  distanceKm: z.number().nullable(),
  offeredAt: z.string(),
  channels: z.array(z.object({ channel: z.enum(['sms', 'email', 'push']), status: z.enum(['pending', 'sent', 'failed']), at: z.string().nullable() })),
  seenAt: z.string().nullable(),
  response: z.enum(['accepted', 'declined', 'withdrawn']).nullable(),
  respondedAt: z.string().nullable(),
  declineReason: z.enum(declineReasons).nullable(),
  declineComment: z.string().nullable(),
});

export const commentInputSchema = z.object({
  text: z.string().max(10_000).describe('Commentaire (obligatoire, 2 000 caractères au plus)'),
  tag: z.string().max(200).nullish().describe('Tag (facultatif, 40 caractères au plus)'),
});

export const reasonInputSchema = z.object({ reason: z.string().max(2000).describe('Motif (obligatoire)') });
export const declineInputSchema = z.object({
  reason: z.string().max(40).describe(`Motif : ${declineReasons.join(', ')}`),
  comment: z.string().max(2000).nullish().describe('Précision (obligatoire pour « autre »)'),
});

export const listQuery = z.object({
  scope: z.enum(careRequestScopes).optional().describe('mine : Mes fiches (par défaut) ; supervised : Fiches supervisées'),
  days: z
    .enum(careRequestPeriods.map(String) as [string, ...string[]])
    .optional()
    .transform((days) => (days === undefined ? undefined : (Number(days) as CareRequestPeriod)))
    .describe(`Période en jours (fiches créées depuis) : ${careRequestPeriods.join(', ')} (14 par défaut)`),
  q: z.string().max(200).optional().describe('MOT-CLÉ : nom ou prénom du patient, commentaire, commune, demandeur, intervenant, tag, #numéro (sans casse ni accents)'),
  tag: z.string().max(100).optional().describe('Tag exact (sans casse)'),
  status: z.enum(careRequestStatuses).optional(),
  sort: z.enum(careRequestSorts).optional().describe('created : les plus récentes (par défaut) ; activity : dernière activité'),
  limit: z.coerce.number().int().min(1).max(LIST_PAGE_MAX).optional().describe(`Fiches par page (50 par défaut, ${LIST_PAGE_MAX} au plus)`),
  cursor: z.string().max(200).optional().describe('nextCursor de la page précédente, avec les mêmes filtres'),
});

export const listReply = z.object({
  careRequests: z.array(careRequestSummarySchema),
  nextCursor: z.string().nullable().describe('Curseur de la page suivante ; null : dernière page'),
});

export const retriggerInputSchema = z.object({
  radiusKm: z.number().nullish().describe('Élargir le rayon (km, 1 à 200) ; absent : la zone de chaque professionnel'),
  restrictToNetwork: z.boolean().describe('Restreindre au réseau pour ce tour'),
});
