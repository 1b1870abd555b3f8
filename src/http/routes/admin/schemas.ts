import { z } from 'zod';
import { careModes, careProfessions, organisationKinds, professions } from '../../../core/professions.js';

/** Zod schemas of the admin API (`/api/admin/*`); they also feed the OpenAPI document. */

export const errorSchema = z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() });

/** Error responses every admin route may give. */
export const adminErrors = { 401: errorSchema, 403: errorSchema, 422: errorSchema } as const;

export const idParams = z.object({ id: z.guid().describe('Identifiant (UUID)') });

const booleanFlag = (byDefault: boolean) =>
  z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? byDefault : value === 'true'));

export const includeInactiveQuery = (byDefault: boolean) =>
  z.object({ includeInactive: booleanFlag(byDefault).describe(`Inclure les comptes désactivés (défaut : ${byDefault})`) });

export const userListQuery = z.object({
  q: z.string().max(100).optional().describe('Nom, prénom ou e-mail (sans accents ni casse)'),
  includeInactive: booleanFlag(false).describe('Inclure les comptes désactivés (défaut : false)'),
});

export const communeQuery = z.object({ q: z.string().max(100).default('').describe('Début du nom de la commune, ou code postal') });

const uuidList = z.array(z.guid()).max(500);

export const userInputSchema = z.object({
  email: z.string().max(320).describe('Identifiant de connexion'),
  firstName: z.string().max(200),
  lastName: z.string().max(200),
  profession: z.enum(professions),
  rpps: z.string().max(30).nullish().describe('11 chiffres, clé de Luhn'),
  adeli: z.string().max(30).nullish().describe('9 chiffres, clé de Luhn'),
  mobilePhone: z.string().max(40).nullish().describe('Mobile, normalisé en E.164 (+596… pour la Martinique)'),
  organisationId: z.guid().nullish(),
  isAdmin: z.boolean().default(false),
  practice: z
    .object({
      address: z.string().max(300).describe('Numéro et voie'),
      inseeCode: z.string().max(10).describe('Code INSEE de la commune (voir /api/admin/communes)'),
      postcode: z.string().max(10).nullish().describe('Un des codes postaux de la commune (défaut : le premier)'),
      lat: z.number().nullish().describe('Défaut : centre de la commune'),
      lng: z.number().nullish(),
    })
    .nullish(),
  serviceRadiusKm: z.number().optional().describe('Rayon d’intervention, 1 à 200 km (défaut : 10)'),
  careActs: z.array(z.string().max(50)).max(50).optional(),
  careModes: z.array(z.enum(careModes)).max(10).optional(),
  workingHours: z
    .array(z.object({ weekday: z.number().int().describe('1 = lundi … 7 = dimanche'), start: z.string().max(5), end: z.string().max(5) }))
    .max(100)
    .optional()
    .describe('Horaires hebdomadaires HH:MM, heure locale'),
  absences: z
    .array(z.object({ startsOn: z.string().max(10), endsOn: z.string().max(10), reason: z.string().max(500).nullish() }))
    .max(200)
    .optional()
    .describe('Dates AAAA-MM-JJ, fin incluse'),
  supervises: z.object({ organisationIds: uuidList, networkIds: uuidList }).optional(),
  networkIds: uuidList.optional(),
  password: z.string().max(1024).describe('12 à 128 caractères'),
});

export const userUpdateSchema = userInputSchema.extend({
  password: z.string().max(1024).nullish().describe('Nouveau mot de passe (12 à 128 caractères), ou vide pour le garder'),
});

export const userSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  profession: z.enum(professions),
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  isAdmin: z.boolean(),
  isSupervisor: z.boolean(),
  active: z.boolean(),
  city: z.string().nullable(),
});

export const userDetailSchema = userSummarySchema.extend({
  rpps: z.string().nullable(),
  adeli: z.string().nullable(),
  mobilePhone: z.string().nullable(),
  organisationId: z.string().nullable(),
  practice: z
    .object({ address: z.string(), inseeCode: z.string(), postcode: z.string(), city: z.string(), lat: z.number(), lng: z.number() })
    .nullable(),
  serviceRadiusKm: z.number(),
  careActs: z.array(z.string()),
  careModes: z.array(z.enum(careModes)),
  workingHours: z.array(z.object({ weekday: z.number(), start: z.string(), end: z.string() })),
  absences: z.array(z.object({ id: z.string(), startsOn: z.string(), endsOn: z.string(), reason: z.string().nullable() })),
  supervises: z.object({ organisationIds: z.array(z.string()), networkIds: z.array(z.string()) }),
  networkIds: z.array(z.string()),
});

export const organisationInputSchema = z.object({
  name: z.string().max(300),
  kind: z.enum(organisationKinds),
  phone: z.string().max(40).nullish().describe('Normalisé en E.164'),
});

export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  phone: z.string().nullable(),
  active: z.boolean(),
  memberCount: z.number().int(),
});

export const networkInputSchema = z.object({ name: z.string().max(300), memberIds: z.array(z.guid()).max(5000) });

export const networkSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.literal('cpts'),
  active: z.boolean(),
  memberIds: z.array(z.string()),
});

export const communeSchema = z.object({
  inseeCode: z.string(),
  name: z.string(),
  postcodes: z.array(z.string()),
  lat: z.number(),
  lng: z.number(),
});

export const careActSchema = z.object({
  profession: z.enum(careProfessions),
  code: z.string().describe('Identifiant stable du soin, dérivé du libellé à la création'),
  label: z.string(),
  position: z.number().int().describe('Ordre d’affichage dans la profession, le plus petit d’abord'),
  active: z.boolean().describe('Un soin désactivé n’est plus proposé ; les utilisateurs qui l’ont le gardent'),
});

export const careActInputSchema = z.object({
  profession: z.enum(careProfessions),
  label: z.string().max(300).describe('1 à 60 caractères, unique dans la profession (sans accents ni casse)'),
});

export const careActChangesSchema = z.object({
  label: z.string().max(300).optional(),
  position: z.number().optional().describe('Entier de 0 à 999'),
  active: z.boolean().optional().describe('« autre » (Autre Soins) ne peut pas être désactivé'),
});

export const careActParams = z.object({
  profession: z.enum(careProfessions),
  code: z.string().max(100),
});
