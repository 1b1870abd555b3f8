import type { PatientsDeps, PatientsStores } from '../app/patients/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';
import { createAccessReportStore } from './db/stores/patient-access-report.js';
import { createPatientStore } from './db/stores/patients.js';
import { createAccessLogStore, createFollowerStore, createPatientEventStore } from './db/stores/patients-history.js';
import { createProfessionalLookup, createUsualProfessionalStore } from './db/stores/patients-team.js';
import { createTransactor } from './db/transactor.js';

const patientsStores = (db: Db): PatientsStores => ({
  patients: createPatientStore(db),
  followers: createFollowerStore(db),
  events: createPatientEventStore(db),
  accessLog: createAccessLogStore(db),
  usualProfessionals: createUsualProfessionalStore(db),
  professionals: createProfessionalLookup(db),
  accessReport: createAccessReportStore(db),
});

/** Adapters behind the patients ports (compose adds the clock). */
export function createPatientsAdapters(_config: Config, db: Db): Omit<PatientsDeps, 'clock'> {
  return { stores: patientsStores(db), transactor: createTransactor(db, patientsStores) };
}
