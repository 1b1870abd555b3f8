import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Key/value settings the app generates on first start (secrets, keys). */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

/** French communes with their centre: the offline geocoder and the demo territory. */
export const communes = pgTable(
  'communes',
  {
    inseeCode: text('insee_code').primaryKey(),
    name: text('name').notNull(),
    postcodes: text('postcodes').array().notNull(),
    departement: text('departement').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    timeZone: text('time_zone').notNull(),
  },
  (t) => [index('communes_name_idx').on(t.name)],
);

export const organisations = pgTable('organisations', {
  id: id(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['cabinet', 'plateforme', 'etablissement'] }).notNull(),
  phone: text('phone'),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const networks = pgTable('networks', {
  id: id(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['cpts'] }).notNull().default('cpts'),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    /** Identifiant: the e-mail, stored lower-case. */
    email: text('email').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    profession: text('profession', {
      enum: ['medecin_generaliste', 'infirmier', 'masseur_kinesitherapeute', 'pharmacien', 'sage_femme', 'superviseur', 'tiers_de_confiance'],
    }).notNull(),
    rpps: text('rpps'),
    adeli: text('adeli'),
    /** E.164 */
    mobilePhone: text('mobile_phone'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    isAdmin: boolean('is_admin').notNull().default(false),
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    practiceAddress: text('practice_address'),
    practicePostcode: text('practice_postcode'),
    practiceInseeCode: text('practice_insee_code').references(() => communes.inseeCode),
    practiceCity: text('practice_city'),
    practiceLat: doublePrecision('practice_lat'),
    practiceLng: doublePrecision('practice_lng'),
    serviceRadiusKm: doublePrecision('service_radius_km').notNull().default(10),
    careActs: text('care_acts').array().notNull().default(sql`'{}'::text[]`),
    careModes: text('care_modes').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_rpps_key').on(t.rpps),
    uniqueIndex('users_adeli_key').on(t.adeli),
    index('users_organisation_idx').on(t.organisationId),
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
    check('users_service_radius', sql`${t.serviceRadiusKm} > 0 and ${t.serviceRadiusKm} <= 200`),
    check('users_practice_coords', sql`(${t.practiceLat} is null) = (${t.practiceLng} is null)`),
  ],
);

export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid('network_id').notNull().references(() => networks.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.userId] }), index('network_members_user_idx').on(t.userId)],
);

/** A supervisor supervises organisations and/or networks. */
export const supervisions = pgTable(
  'supervisions',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('supervisions_user_idx').on(t.userId),
    uniqueIndex('supervisions_user_org_key').on(t.userId, t.organisationId),
    uniqueIndex('supervisions_user_network_key').on(t.userId, t.networkId),
    check('supervisions_one_scope', sql`(${t.organisationId} is null) <> (${t.networkId} is null)`),
  ],
);

/** Weekly working hours, in the professional's local time (minutes since midnight). */
export const workingHours = pgTable(
  'working_hours',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** ISO weekday: 1 = Monday … 7 = Sunday */
    weekday: smallint('weekday').notNull(),
    startMinute: smallint('start_minute').notNull(),
    endMinute: smallint('end_minute').notNull(),
  },
  (t) => [
    index('working_hours_user_idx').on(t.userId),
    check('working_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check('working_hours_range', sql`${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.startMinute} < ${t.endMinute}`),
  ],
);

export const absences = pgTable(
  'absences',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [index('absences_user_idx').on(t.userId), check('absences_range', sql`${t.startsOn} <= ${t.endsOn}`)],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Failed-login counters per account identifier and per IP; shared by every app instance. */
export const loginThrottles = pgTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);

/** Messages that would have left the platform, kept for the dev outbox page (demo mode, no SMTP/SMS gateway). */
export const devOutbox = pgTable(
  'dev_outbox',
  {
    id: id(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('dev_outbox_created_idx').on(t.createdAt)],
);

/** Demo patients for now; the patients issue completes the identity. */
export const patients = pgTable(
  'patients',
  {
    id: id(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    birthName: text('birth_name'),
    sex: text('sex', { enum: ['F', 'M'] }).notNull(),
    birthDate: date('birth_date').notNull(),
    phone: text('phone').notNull(),
    phone2: text('phone2'),
    email: text('email'),
    address: text('address').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    inseeCode: text('insee_code').references(() => communes.inseeCode),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    timeZone: text('time_zone').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('patients_created_by_idx').on(t.createdBy), index('patients_organisation_idx').on(t.organisationId)],
);
