import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { professions } from '../../../core/professions.js';
import type { RouteOptions } from '../../deps.js';
import { requireAdmin } from '../../guards.js';
import { adminErrors, errorSchema, idParams } from './schemas.js';

/** Loose strings: the use case answers 400 with a French message per field. */
const lookupQuery = z.object({
  lastName: z.string().max(200).optional().describe('Nom, exact (sans accents ni casse)'),
  firstName: z.string().max(200).optional().describe('Prénom, exact (sans accents ni casse)'),
  birthDate: z.string().max(20).optional().describe('Date de naissance AAAA-MM-JJ'),
  nir: z.string().max(40).optional().describe('NIR ou matricule INS (15 caractères, clé comprise) ; suffit seul'),
});

const patientSchema = z.object({
  id: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string(),
  city: z.string(),
  postcode: z.string(),
});

const reportSchema = z.object({
  patient: patientSchema,
  timeZone: z.string().describe('Fuseau horaire du patient, celui de localAt'),
  total: z.number().int().describe('Nombre total d’accès ; entries contient les 500 plus récents'),
  entries: z.array(
    z.object({
      at: z.string().describe('Instant ISO 8601 (UTC)'),
      localAt: z.string().describe('JJ/MM/AAAA HH:MM:SS dans le fuseau du patient'),
      action: z.string(),
      actionLabel: z.string(),
      what: z.string(),
      whatLabel: z.string(),
      user: z.object({ id: z.string(), name: z.string(), profession: z.enum(professions), organisation: z.string().nullable(), email: z.string() }),
    }),
  ),
});

const reportErrors = { 404: errorSchema, ...adminErrors } as const;

/**
 * `/api/admin/patient-access`: the patient's right of access (RGPD art. 15) — find
 * the patient, read or export every access to their data. Each call is logged.
 */
export const adminPatientAccessRoutes: FastifyPluginAsync<RouteOptions> = async (instance, { deps }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/patient-access/patients',
    {
      schema: {
        tags: ['admin'],
        summary: 'Droit d’accès : trouver le patient (NIR/INS, ou nom, prénom et date de naissance exacts ; 20 au plus)',
        querystring: lookupQuery,
        response: { 200: z.object({ patients: z.array(patientSchema) }), 400: errorSchema, ...adminErrors },
      },
    },
    async (request) => {
      const actor = requireAdmin(request);
      return { patients: await deps.patients.findPatientsForAccessReport(actor, request.query) };
    },
  );

  app.get(
    '/patient-access/patients/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Droit d’accès : les accès aux données du patient (qui, quand, quoi), du plus récent au plus ancien',
        params: idParams,
        response: { 200: z.object({ report: reportSchema }), ...reportErrors },
      },
    },
    async (request) => {
      const actor = requireAdmin(request);
      return { report: await deps.patients.getAccessReport(actor, request.params.id) };
    },
  );

  app.get(
    '/patient-access/patients/:id/export.csv',
    {
      schema: {
        tags: ['admin'],
        summary: 'Droit d’accès : tous les accès en CSV (séparateur « ; », UTF-8 avec BOM), du plus récent au plus ancien',
        params: idParams,
        response: { 200: z.string().describe('Fichier CSV (text/csv), en-têtes en français'), ...reportErrors },
      },
    },
    async (request, reply) => {
      const actor = requireAdmin(request);
      const { fileName, csv } = await deps.patients.exportAccessReport(actor, request.params.id);
      // `cache-control: no-store` comes from the admin plugin, `x-content-type-options: nosniff` from helmet.
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`).send(csv);
    },
  );
};
