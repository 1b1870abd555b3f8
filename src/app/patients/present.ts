import type { HistoryLine, PatientDetail, PatientSummary, UsualProfessional } from './views.js';
import { ageLabel, historyLabel, userName } from './labels.js';
import type { PatientEventRecord, PatientRecord, UsualProfessionalRecord } from './ports.js';

/** The list form of a patient. */
export function toSummary(patient: PatientRecord, followed: boolean, now: Date): PatientSummary {
  return {
    id: patient.id,
    lastName: patient.lastName,
    firstName: patient.firstName,
    sex: patient.sex,
    birthDate: patient.birthDate,
    ageLabel: ageLabel(patient.birthDate, patient.sex, now, patient.address.timeZone),
    phone: patient.phone,
    city: patient.address.city,
    postcode: patient.address.postcode,
    followed,
  };
}

export function toHistoryLine(event: PatientEventRecord, viewerId: string): HistoryLine {
  return {
    at: event.at.toISOString(),
    kind: event.kind,
    userName: event.user ? userName(event.user) : null,
    careRequestNumber: event.careRequestNumber,
    label: historyLabel(event, viewerId),
  };
}

export function toUsualProfessional(record: UsualProfessionalRecord): UsualProfessional {
  return { ...record };
}

/** The fiche patient as the viewer reads it. */
export function toDetail(
  patient: PatientRecord,
  parts: { readonly followed: boolean; readonly events: readonly PatientEventRecord[]; readonly team: readonly UsualProfessionalRecord[] },
  viewerId: string,
  now: Date,
): PatientDetail {
  const { id, lastNameSearch: _l, firstNameSearch: _f, createdBy: _c, organisationId: _o, createdAt, updatedAt, address, ...identity } = patient;
  return {
    id,
    ...identity,
    address: { ...address },
    ageLabel: ageLabel(patient.birthDate, patient.sex, now, address.timeZone),
    timeZone: address.timeZone,
    usualProfessionals: parts.team.map(toUsualProfessional),
    history: parts.events.map((event) => toHistoryLine(event, viewerId)),
    followed: parts.followed,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
