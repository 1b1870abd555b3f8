import type { CareMode, OrganisationKind, Profession } from '../../core/professions.js';

export interface OrganisationRef {
  id: string;
  name: string;
}

export interface SessionUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  organisation: (OrganisationRef & { kind: OrganisationKind }) | null;
  isAdmin: boolean;
  isSupervisor: boolean;
}

export interface DemoInfo {
  password: string;
  accounts: { email: string; label: string }[];
}

export interface SessionPayload {
  user: SessionUser | null;
  csrfToken: string;
  demo: DemoInfo | null;
}

export interface OutboxMessage {
  id: string;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string | null;
  body: string;
  createdAt: string;
}

export interface UserSummary {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  organisation: OrganisationRef | null;
  isAdmin: boolean;
  isSupervisor: boolean;
  active: boolean;
  city: string | null;
}

export interface WorkingHours {
  weekday: number;
  start: string;
  end: string;
}

export interface Absence {
  id: string;
  startsOn: string;
  endsOn: string;
  reason: string | null;
}

export interface Practice {
  address: string;
  inseeCode: string;
  postcode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
}

export interface UserDetail extends UserSummary {
  rpps: string | null;
  adeli: string | null;
  mobilePhone: string | null;
  organisationId: string | null;
  practice: Practice | null;
  serviceRadiusKm: number | null;
  careActs: string[];
  careModes: CareMode[];
  workingHours: WorkingHours[];
  absences: Absence[];
  supervises: { organisationIds: string[]; networkIds: string[] };
  networkIds: string[];
}

/** Body of POST /api/admin/users and PUT /api/admin/users/:id. */
export interface UserInput {
  email: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  rpps: string | null;
  adeli: string | null;
  mobilePhone: string | null;
  organisationId: string | null;
  isAdmin: boolean;
  practice: { address: string; inseeCode: string; postcode?: string; lat?: number; lng?: number } | null;
  serviceRadiusKm?: number;
  careActs: string[];
  careModes: string[];
  workingHours: WorkingHours[];
  absences: { startsOn: string; endsOn: string; reason: string | null }[];
  supervises: { organisationIds: string[]; networkIds: string[] };
  networkIds: string[];
  password?: string;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  phone: string | null;
  active: boolean;
  memberCount: number;
}

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  phone?: string;
}

export interface Network {
  id: string;
  name: string;
  kind: 'cpts';
  active: boolean;
  memberIds: string[];
}

export interface NetworkInput {
  name: string;
  memberIds: string[];
}

export interface Commune {
  inseeCode: string;
  name: string;
  postcodes: string[];
  lat: number;
  lng: number;
}
