import type { PatientRecord } from '../../../app/patients/ports.js';
import { isOneOf, patientSearchKeys, regimes, type PatientDraft } from '../../../core/patients/index.js';
import type { patients } from '../schema.js';

type PatientRow = typeof patients.$inferSelect;

/** The columns a checked patient draft writes. */
export function patientColumns(draft: PatientDraft) {
  const { address, birthPlace, ...identity } = draft;
  return {
    ...identity,
    ...patientSearchKeys(draft),
    birthPlaceCode: birthPlace?.code ?? null,
    birthPlaceName: birthPlace?.name ?? null,
    addressLabel: address.label,
    address: address.address,
    postcode: address.postcode,
    city: address.city,
    inseeCode: address.inseeCode,
    territory: address.territory,
    lat: address.lat,
    lng: address.lng,
    timeZone: address.timeZone,
  };
}

/** A stored patient as the use cases read it. */
export function toPatientRecord(row: PatientRow): PatientRecord {
  return {
    id: row.id,
    phone: row.phone,
    phone2: row.phone2,
    email: row.email,
    lastName: row.lastName,
    firstName: row.firstName,
    birthName: row.birthName,
    sex: row.sex,
    birthDate: row.birthDate,
    birthPlace: row.birthPlaceCode !== null && row.birthPlaceName !== null ? { code: row.birthPlaceCode, name: row.birthPlaceName } : null,
    nir: row.nir,
    ins: row.ins,
    identityStatus: row.identityStatus,
    occupation: row.occupation,
    regime: isOneOf(regimes, row.regime) ? row.regime : null,
    address: {
      label: row.addressLabel,
      address: row.address,
      postcode: row.postcode,
      city: row.city,
      inseeCode: row.inseeCode,
      lat: row.lat,
      lng: row.lng,
      territory: row.territory,
      timeZone: row.timeZone,
    },
    addressComplement: row.addressComplement,
    building: row.building,
    staircase: row.staircase,
    floor: row.floor,
    digicode: row.digicode,
    intercom: row.intercom,
    door: row.door,
    lastNameSearch: row.lastNameSearch,
    firstNameSearch: row.firstNameSearch,
    createdBy: row.createdBy,
    organisationId: row.organisationId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
