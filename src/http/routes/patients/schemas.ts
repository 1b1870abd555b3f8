import { z } from 'zod';
import { caseloadPeriods } from '../../../app/patients/index.js';
import { identityStatuses, regimes, sexes, usualProfessionalRoles } from '../../../core/patients/index.js';
import { territories } from '../../../core/territories.js';

/**
 * Zod schemas of the patients API; they also feed the OpenAPI document. Input
 * strings are loose on purpose (presence, enums): the use cases answer with
 * French messages per field rather than a generic "Valeur invalide".
 */

export const errorSchema = z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() });

/** Error responses every patients route may give. */
export const patientErrors = { 401: errorSchema, 403: errorSchema, 404: errorSchema, 422: errorSchema } as const;

export const idParams = z.object({ id: z.guid().describe('Identifiant du patient (UUID)') });
export const roleParams = idParams.extend({ role: z.enum(usualProfessionalRoles).describe('Rôle du professionnel habituel') });

const text = (max: number) => z.string().max(max).nullish();

export const addressInputSchema = z
  .object({
    label: z.string().max(400),
    address: z.string().max(400).describe('Numéro et voie'),
    postcode: z.string().max(10),
    city: z.string().max(200),
    inseeCode: z.string().max(10).nullish(),
    lat: z.number(),
    lng: z.number(),
    territory: z.string().max(20).describe(territories.join(', ')),
  })
  .describe('La suggestion choisie dans la liste des adresses (GET /api/addresses)');

export const patientInputSchema = z.object({
  phone: text(40).describe('Obligatoire ; normalisé en E.164 (+596… pour la Martinique)'),
  phone2: text(40),
  email: text(320),
  lastName: text(200).describe('Obligatoire'),
  firstName: text(200).describe('Obligatoire'),
  birthName: text(200),
  sex: text(10).describe(`Obligatoire : ${sexes.join(' ou ')}`),
  birthDate: text(20).describe('Obligatoire : AAAA-MM-JJ, ni dans le futur ni avant 1900'),
  birthPlace: z.object({ code: z.string().max(10), name: z.string().max(200) }).nullish().describe('Commune de naissance (code INSEE, 99xxx à l’étranger)'),
  nir: text(40).describe('15 caractères, clé comprise (2A/2B pour la Corse)'),
  ins: text(40).describe('Matricule INS (NIR ou NIA, 15 caractères)'),
  identityStatus: text(20).describe(identityStatuses.join(', ')),
  occupation: text(200),
  regime: text(40).describe(regimes.join(', ')),
  address: addressInputSchema.nullish().describe('Obligatoire'),
  addressComplement: text(200),
  building: text(200),
  staircase: text(200),
  floor: text(200),
  digicode: text(200),
  intercom: text(200),
  door: text(200),
});

export const identityQuery = z.object({
  phone: z.string().max(40).optional(),
  lastName: z.string().max(200).optional().describe('Début du nom, sans accents ni casse'),
  firstName: z.string().max(200).optional().describe('Début du prénom, sans accents ni casse'),
  birthDate: z.string().max(20).optional().describe('AAAA-MM-JJ'),
});

export const caseloadQuery = z.object({
  q: z.string().max(100).optional().describe('MOT-CLÉ : nom, prénom, téléphone, commune, code postal ou numéro de déclenchement'),
  days: z
    .enum(caseloadPeriods.map(String) as [string, ...string[]])
    .optional()
    .describe('Période : 14, 30, 90 ou 365 derniers jours (défaut : tout)'),
});

export const usualProfessionalInputSchema = z.object({
  idNat: z.string().max(30).nullish().describe('Identification nationale (8 + RPPS, 0 + ADELI) d’un résultat de l’annuaire'),
  userId: z.guid().nullish().describe('Ou un utilisateur de la plateforme'),
});

export const historyLineSchema = z.object({
  at: z.string(),
  kind: z.enum(['created', 'followed', 'care_request']),
  userName: z.string().nullable(),
  careRequestNumber: z.number().int().nullable(),
  label: z.string(),
});

export const patientSummarySchema = z.object({
  id: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  sex: z.enum(sexes),
  birthDate: z.string(),
  ageLabel: z.string(),
  phone: z.string(),
  city: z.string(),
  postcode: z.string(),
  followed: z.boolean(),
});

export const caseloadPatientSchema = patientSummarySchema.extend({ lastActivityAt: z.string(), history: z.array(historyLineSchema) });

export const usualProfessionalSchema = z.object({
  role: z.enum(usualProfessionalRoles),
  idNat: z.string().nullable(),
  userId: z.string().nullable(),
  lastName: z.string(),
  firstName: z.string(),
  isPlatformUser: z.boolean(),
});

const nullableText = z.string().nullable();

export const patientDetailSchema = z.object({
  id: z.string(),
  phone: z.string(),
  phone2: nullableText,
  email: nullableText,
  lastName: z.string(),
  firstName: z.string(),
  birthName: nullableText,
  sex: z.enum(sexes),
  birthDate: z.string(),
  birthPlace: z.object({ code: z.string(), name: z.string() }).nullable(),
  nir: nullableText,
  ins: nullableText,
  identityStatus: z.enum(identityStatuses),
  occupation: nullableText,
  regime: z.enum(regimes).nullable(),
  address: z.object({
    label: z.string(),
    address: z.string(),
    postcode: z.string(),
    city: z.string(),
    inseeCode: nullableText,
    lat: z.number(),
    lng: z.number(),
    territory: z.enum(territories),
    timeZone: z.string(),
  }),
  addressComplement: nullableText,
  building: nullableText,
  staircase: nullableText,
  floor: nullableText,
  digicode: nullableText,
  intercom: nullableText,
  door: nullableText,
  ageLabel: z.string(),
  timeZone: z.string(),
  usualProfessionals: z.array(usualProfessionalSchema),
  history: z.array(historyLineSchema),
  followed: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const patientReply = z.object({ patient: patientDetailSchema });
export const usualProfessionalsReply = z.object({ usualProfessionals: z.array(usualProfessionalSchema) });
