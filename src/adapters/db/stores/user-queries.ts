import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { UserDetail, UserListFilter, UserSummary } from '../../../app/accounts/ports.js';
import { formatClock } from '../../../core/accounts/index.js';
import type { CareMode } from '../../../core/professions.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { absences, networkMembers, organisations, supervisions, users, workingHours } from '../schema.js';
import { escapeLike } from './unique-violation.js';

/** The admin list is a working list, not an export. */
const LIST_LIMIT = 500;

const summaryColumns = {
  id: users.id,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  profession: users.profession,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  isAdmin: users.isAdmin,
  isSupervisor: sql<boolean>`exists (select 1 from "supervisions" s where s."user_id" = "users"."id")`,
  active: users.active,
  city: users.practiceCity,
};

type SummaryRow = { organisationId: string | null; organisationName: string | null } & Omit<UserSummary, 'organisation'>;

function toSummary({ organisationId, organisationName, ...row }: SummaryRow): UserSummary {
  return { ...row, organisation: organisationId && organisationName !== null ? { id: organisationId, name: organisationName } : null };
}

/** Accent- and case-insensitive match of `q` anywhere in "first last first e-mail". */
function matches(q: string): SQL {
  const haystack = sql`unaccent(lower(${users.firstName} || ' ' || ${users.lastName} || ' ' || ${users.firstName} || ' ' || ${users.email}))`;
  return sql`${haystack} like '%' || unaccent(lower(${escapeLike(q)}::text)) || '%'`;
}

export async function listUsers(db: Db, filter: UserListFilter): Promise<UserSummary[]> {
  const conditions: SQL[] = [];
  if (!filter.includeInactive) conditions.push(eq(users.active, true));
  if (filter.q) conditions.push(matches(filter.q));
  const rows = await db
    .select(summaryColumns)
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(...conditions))
    .orderBy(sql`unaccent(lower(${users.lastName}))`, sql`unaccent(lower(${users.firstName}))`, asc(users.id))
    .limit(LIST_LIMIT);
  return rows.map(toSummary);
}

export async function getUser(db: Db, id: string): Promise<UserDetail | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      ...summaryColumns,
      rpps: users.rpps,
      adeli: users.adeli,
      mobilePhone: users.mobilePhone,
      practiceAddress: users.practiceAddress,
      practiceInseeCode: users.practiceInseeCode,
      practicePostcode: users.practicePostcode,
      practiceLat: users.practiceLat,
      practiceLng: users.practiceLng,
      serviceRadiusKm: users.serviceRadiusKm,
      careActs: users.careActs,
      careModes: users.careModes,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id));
  if (!row) return null;
  // One after the other: inside a transaction they share one connection.
  const hours = await db.select().from(workingHours).where(eq(workingHours.userId, id)).orderBy(asc(workingHours.weekday), asc(workingHours.startMinute));
  const absenceRows = await db.select().from(absences).where(eq(absences.userId, id)).orderBy(asc(absences.startsOn), asc(absences.id));
  const memberships = await db
    .select({ networkId: networkMembers.networkId })
    .from(networkMembers)
    .where(eq(networkMembers.userId, id))
    .orderBy(asc(networkMembers.networkId));
  const supervisionRows = await db.select().from(supervisions).where(eq(supervisions.userId, id)).orderBy(asc(supervisions.createdAt), asc(supervisions.id));
  const { practiceAddress, practiceInseeCode, practicePostcode, practiceLat, practiceLng, city, ...rest } = row;
  const practice =
    practiceAddress !== null && practiceInseeCode !== null && practicePostcode !== null && city !== null && practiceLat !== null && practiceLng !== null
      ? { address: practiceAddress, inseeCode: practiceInseeCode, postcode: practicePostcode, city, lat: practiceLat, lng: practiceLng }
      : null;
  return {
    ...toSummary({ ...rest, city }),
    rpps: rest.rpps,
    adeli: rest.adeli,
    mobilePhone: rest.mobilePhone,
    organisationId: rest.organisationId,
    practice,
    serviceRadiusKm: rest.serviceRadiusKm,
    careActs: rest.careActs,
    careModes: rest.careModes as CareMode[],
    workingHours: hours.map((h) => ({ weekday: h.weekday, start: formatClock(h.startMinute), end: formatClock(h.endMinute) })),
    absences: absenceRows.map((a) => ({ id: a.id, startsOn: a.startsOn, endsOn: a.endsOn, reason: a.reason })),
    supervises: {
      organisationIds: supervisionRows.flatMap((s) => (s.organisationId ? [s.organisationId] : [])),
      networkIds: supervisionRows.flatMap((s) => (s.networkId ? [s.networkId] : [])),
    },
    networkIds: memberships.map((m) => m.networkId),
  };
}

export async function existingUserIds(db: Db, ids: readonly string[]): Promise<string[]> {
  const candidates = ids.filter(isUuid);
  if (candidates.length === 0) return [];
  const rows = await db.select({ id: users.id }).from(users).where(inArray(users.id, candidates));
  return rows.map((r) => r.id);
}
