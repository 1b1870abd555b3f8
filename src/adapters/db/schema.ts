import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
/** Multiranges (PostgreSQL ≥ 14), read and written as their text form. */
const int4multirange = customType<{ data: string }>({ dataType: () => 'int4multirange' });
const datemultirange = customType<{ data: string }>({ dataType: () => 'datemultirange' });
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
    /**
     * Working hours as minutes of the week (Monday 00:00 = 0), and absences as days:
     * copies of `working_hours` and `absences` kept by triggers, so that matching tests
     * availability on the row it walks (ADR 0006). Null: no hours recorded / no absence.
     */
    weeklyHours: int4multirange('weekly_hours'),
    absentDays: datemultirange('absent_days'),
    /** Ligne directe of the caller, saved from the last déclenchement (E.164). */
    directLine: text('direct_line'),
    /** Channels the user chose besides the in-app list (always on). */
    notifySms: boolean('notify_sms').notNull().default(true),
    notifyEmail: boolean('notify_email').notNull().default(true),
    notifyPush: boolean('notify_push').notNull().default(true),
    /** Quiet hours in the user's local time (minutes since midnight; the range may cross midnight); null: none. */
    quietHoursStart: smallint('quiet_hours_start'),
    quietHoursEnd: smallint('quiet_hours_end'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    uniqueIndex('users_rpps_key').on(t.rpps),
    uniqueIndex('users_adeli_key').on(t.adeli),
    index('users_organisation_idx').on(t.organisationId),
    // Matching (ADR 0006): the practice as an earthdistance point, written with C functions only (ll_to_earth is
    // SQL: not inlined, and resolved through the search_path, which ANALYZE and pg_restore empty), exactly as
    // stores/candidates.ts writes it — one nearest-first index per care profession; the service-area box of
    // the few users whose radius exceeds NEAR_KM (30); the users without a practice, for remote care modes.
    ...(['medecin_generaliste', 'infirmier', 'masseur_kinesitherapeute', 'pharmacien', 'sage_femme'] as const).map((profession) =>
      index(`users_practice_${profession}_idx`)
        .using(
          'gist',
          sql`cube(cube(cube(6378168::float8 * cos(radians(${t.practiceLat})) * cos(radians(${t.practiceLng}))), 6378168::float8 * cos(radians(${t.practiceLat})) * sin(radians(${t.practiceLng}))), 6378168::float8 * sin(radians(${t.practiceLat})))`,
        )
        .where(sql`${t.active} and ${t.practiceLat} is not null and ${t.profession} = ${sql.raw(`'${profession}'`)}`),
    ),
    index('users_service_area_wide_idx')
      .using(
        'gist',
        sql`cube_enlarge(cube(cube(cube(6378168::float8 * cos(radians(${t.practiceLat})) * cos(radians(${t.practiceLng}))), 6378168::float8 * cos(radians(${t.practiceLat})) * sin(radians(${t.practiceLng}))), 6378168::float8 * sin(radians(${t.practiceLat}))), ${t.serviceRadiusKm} * 1000, 3)`,
      )
      .where(sql`${t.active} and ${t.practiceLat} is not null and ${t.serviceRadiusKm} > 30`),
    index('users_without_practice_idx').on(t.profession, t.id).where(sql`${t.active} and ${t.practiceLat} is null`),
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

/** A patient (fiche patient): identity of the seed's step 4 and the geocoded home address. */
export const patients = pgTable(
  'patients',
  {
    id: id(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    birthName: text('birth_name'),
    sex: text('sex', { enum: ['F', 'M'] }).notNull(),
    birthDate: date('birth_date').notNull(),
    /** Lieu de naissance: INSEE code and name of the commune (or 99xxx abroad). */
    birthPlaceCode: text('birth_place_code'),
    birthPlaceName: text('birth_place_name'),
    nir: text('nir'),
    /** Matricule INS (NIR or NIA, 15 characters) and the RNIV identity status. */
    ins: text('ins'),
    identityStatus: text('identity_status', { enum: ['provisoire', 'recuperee', 'validee', 'qualifiee'] })
      .notNull()
      .default('provisoire'),
    occupation: text('occupation'),
    regime: text('regime'),
    /** E.164 */
    phone: text('phone').notNull(),
    phone2: text('phone2'),
    email: text('email'),
    /** Résidence: the label picked from the suggestions, its parts and position. */
    addressLabel: text('address_label').notNull(),
    address: text('address').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    inseeCode: text('insee_code'),
    territory: text('territory', { enum: ['metropole', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte'] })
      .notNull()
      .default('metropole'),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    timeZone: text('time_zone').notNull(),
    addressComplement: text('address_complement'),
    building: text('building'),
    staircase: text('staircase'),
    floor: text('floor'),
    digicode: text('digicode'),
    intercom: text('intercom'),
    door: text('door'),
    /** Lower-case, accent-free copies for the patient search. */
    lastNameSearch: text('last_name_search').notNull(),
    firstNameSearch: text('first_name_search').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('patients_created_by_idx').on(t.createdBy),
    index('patients_organisation_idx').on(t.organisationId),
    index('patients_phone_idx').on(t.phone),
    index('patients_name_search_idx').on(t.lastNameSearch, t.firstNameSearch, t.birthDate),
    uniqueIndex('patients_nir_key').on(t.nir),
  ],
);

/** "Patient pour Moi": the users who follow a patient (their file active patientèle). */
export const patientFollowers = pgTable(
  'patient_followers',
  {
    patientId: uuid('patient_id').notNull().references(() => patients.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.patientId, t.userId] }), index('patient_followers_user_idx').on(t.userId, t.createdAt)],
);

/** History lines of a patient in "Fiches patients": created, followed, care request #N… */
export const patientEvents = pgTable(
  'patient_events',
  {
    id: id(),
    patientId: uuid('patient_id').notNull().references(() => patients.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['created', 'followed', 'care_request'] }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    /** For `care_request`: the fiche number. */
    careRequestNumber: integer('care_request_number'),
    createdAt: createdAt(),
  },
  (t) => [index('patient_events_patient_idx').on(t.patientId, t.createdAt)],
);

/** Who read or wrote which patient, when and what: append-only. */
export const patientAccessLog = pgTable(
  'patient_access_log',
  {
    id: id(),
    patientId: uuid('patient_id').notNull().references(() => patients.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id),
    action: text('action', { enum: ['read', 'create', 'update', 'export'] }).notNull(),
    /** What was touched (e.g. "identity", "usual_professionals"), never the data itself. */
    what: text('what').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('patient_access_log_patient_idx').on(t.patientId, t.at), index('patient_access_log_user_idx').on(t.userId, t.at)],
);

/** Professionnels habituels: the patient's usual care team, one per role. */
export const usualProfessionals = pgTable(
  'usual_professionals',
  {
    id: id(),
    patientId: uuid('patient_id').notNull().references(() => patients.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['medecin_traitant', 'infirmier', 'kinesitherapeute', 'pharmacien', 'sage_femme'] }).notNull(),
    /** Identification nationale PP (8 + RPPS, 0 + ADELI) when known. */
    idNat: text('id_nat'),
    /** The platform account, when the professional is a user (matched by RPPS/ADELI). */
    userId: uuid('user_id').references(() => users.id),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    addedBy: uuid('added_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('usual_professionals_patient_role_key').on(t.patientId, t.role),
    index('usual_professionals_user_idx').on(t.userId),
    index('usual_professionals_id_nat_idx').on(t.idNat),
  ],
);

/**
 * The national directory (Annuaire Santé public extract): one row per
 * professional × practice situation, keyed by the national id and a key of the situation.
 */
export const directoryEntries = pgTable(
  'directory_entries',
  {
    idNat: text('id_nat').notNull(),
    /** Identifies the practice situation within the professional's rows (structure, savoir-faire…). */
    siteKey: text('site_key').notNull(),
    idType: text('id_type').notNull(),
    identifier: text('identifier').notNull(),
    civility: text('civility'),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    professionCode: text('profession_code').notNull(),
    professionLabel: text('profession_label'),
    savoirFaireCode: text('savoir_faire_code'),
    savoirFaireLabel: text('savoir_faire_label'),
    exerciseMode: text('exercise_mode'),
    structureName: text('structure_name'),
    address: text('address'),
    postcode: text('postcode'),
    communeCode: text('commune_code'),
    communeName: text('commune_name'),
    phone: text('phone'),
    email: text('email'),
    /** Lower-case, accent-free names for search as you type. */
    lastNameSearch: text('last_name_search').notNull(),
    firstNameSearch: text('first_name_search').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.idNat, t.siteKey] }),
    // Search as you type within one profession, and close spellings sharing the first letters (ADR 0005).
    index('directory_entries_search_idx').using(
      'btree',
      t.professionCode.op('text_pattern_ops'),
      t.lastNameSearch.op('text_pattern_ops'),
      t.firstNameSearch.op('text_pattern_ops'),
    ),
  ],
);

const careProfessionEnum = ['medecin_generaliste', 'infirmier', 'masseur_kinesitherapeute', 'pharmacien', 'sage_femme'] as const;
const careModeEnum = ['visite', 'consultation', 'visio', 'conseil', 'telemedecine'] as const;

/** Catalogue of care acts (Soins) per profession, editable by an admin; `code` is what users and requests store. */
export const careActs = pgTable(
  'care_acts',
  {
    profession: text('profession', { enum: careProfessionEnum }).notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    position: smallint('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.profession, t.code] })],
);

/** Fiche numbers (#NNNNNNNN): eight digits, never reused. */
export const careRequestNumbers = pgSequence('care_request_number_seq', { startWith: 10000001, minValue: 10000001, maxValue: 99999999 });

/** One submission of the wizard ("Déclencher"): the caller and one or more care requests for the same patient. */
export const careRequestBatches = pgTable(
  'care_request_batches',
  {
    id: id(),
    patientId: uuid('patient_id').notNull().references(() => patients.id),
    requesterId: uuid('requester_id').notNull().references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** Tél appel (E.164). */
    callerPhone: text('caller_phone'),
    /** Ligne directe (E.164). */
    directLine: text('direct_line'),
    /** The client's idempotency key: the same submission sent twice (a retry after a network error) makes one batch. */
    clientKey: text('client_key'),
    createdAt: createdAt(),
  },
  (t) => [
    index('care_request_batches_patient_idx').on(t.patientId),
    uniqueIndex('care_request_batches_client_key').on(t.requesterId, t.clientKey),
  ],
);

/** A care request (fiche #NNNNNNNN): one profession asked to take care of one patient. */
export const careRequests = pgTable(
  'care_requests',
  {
    id: id(),
    number: integer('number').notNull().default(sql`nextval('care_request_number_seq')`),
    batchId: uuid('batch_id').notNull().references(() => careRequestBatches.id),
    patientId: uuid('patient_id').notNull().references(() => patients.id),
    requesterId: uuid('requester_id').notNull().references(() => users.id),
    /** The requester's organisation when the request was made. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    profession: text('profession', { enum: careProfessionEnum }).notNull(),
    careActs: text('care_acts').array().notNull(),
    /** Free text of "Autre Soins", when asked. */
    otherCareAct: text('other_care_act'),
    careMode: text('care_mode', { enum: careModeEnum }).notNull(),
    restrictToNetwork: boolean('restrict_to_network').notNull().default(false),
    /** Date d'inter (in `time_zone`), or Délai d'inter in minutes from creation: exactly one is set. */
    startOn: date('start_on'),
    startWithinMinutes: integer('start_within_minutes'),
    timeZone: text('time_zone').notNull(),
    days: smallint('days').notNull(),
    visitsPerDay: smallint('visits_per_day').notNull(),
    responseDeadlineMinutes: integer('response_deadline_minutes').notNull(),
    comment: text('comment').notNull(),
    status: text('status', { enum: ['dispatching', 'accepted', 'in_progress', 'completed', 'unanswered', 'cancelled'] }).notNull(),
    selfDispatched: boolean('self_dispatched').notNull().default(false),
    performerId: uuid('performer_id').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** Rounds started so far (1 after the first déclenchement). */
    roundCount: smallint('round_count').notNull().default(0),
    createdAt: createdAt(),
    /** Last change of the fiche: a status change or any new horodatage line (a trigger on timeline_events). */
    updatedAt: updatedAt(),
    /**
     * The dashboard's MOT-CLÉ haystack, lower-case and accent-free: number, comment, the patient's names
     * and commune, the requester's and the performer's names, the tags. Kept by triggers (migration 0009).
     */
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('care_requests_number_key').on(t.number),
    // The dashboard: newest first (keyset on created_at, number), and MOT-CLÉ as a trigram index.
    index('care_requests_created_idx').on(t.createdAt, t.number),
    index('care_requests_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('care_requests_batch_idx').on(t.batchId),
    index('care_requests_patient_idx').on(t.patientId, t.createdAt),
    index('care_requests_requester_idx').on(t.requesterId, t.createdAt),
    index('care_requests_organisation_idx').on(t.organisationId, t.createdAt),
    index('care_requests_performer_idx').on(t.performerId),
    check('care_requests_start', sql`(${t.startOn} is null) <> (${t.startWithinMinutes} is null)`),
    check('care_requests_response_deadline', sql`${t.responseDeadlineMinutes} between 10 and 1440`),
    check('care_requests_plan', sql`${t.days} between 1 and 365 and ${t.visitsPerDay} between 1 and 10`),
    check('care_requests_performer', sql`(${t.status} in ('dispatching', 'unanswered')) or ${t.status} = 'cancelled' or ${t.performerId} is not null`),
  ],
);

/** One broadcast of a care request (1er, 2e Déclenchement…). */
export const dispatchRounds = pgTable(
  'dispatch_rounds',
  {
    id: id(),
    careRequestId: uuid('care_request_id').notNull().references(() => careRequests.id),
    /** 1, 2, … */
    number: smallint('number').notNull(),
    startedBy: uuid('started_by').notNull().references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    /** Radius asked on re-trigger ("élargir le rayon"); null: each professional's own service area. */
    radiusKm: doublePrecision('radius_km'),
    restrictToNetwork: boolean('restrict_to_network').notNull(),
    /** The usual professional was offered the request alone first; set when the round opened to every candidate. */
    usualFirst: boolean('usual_first').notNull().default(false),
    widenedAt: timestamp('widened_at', { withTimezone: true }),
    /**
     * Offers made in the round ("N ressource(s) déclenchée(s)"), kept by a statement trigger on `offers` (migration
     * 0014): lists show it for every line without counting up to 2 000 offers a line.
     */
    offerCount: integer('offer_count').notNull().default(0),
  },
  (t) => [uniqueIndex('dispatch_rounds_request_number_key').on(t.careRequestId, t.number)],
);

/**
 * Ressource déclenchée: one professional notified in a round, and their answer. A round writes up
 * to 2 000 at once, so the table keeps two indexes only: its key (round, user), which also finds
 * the offers of a care request through its rounds, and the user's offers by date ("Demandes
 * reçues"). Its references (the user, the round) are checked once per statement by a trigger
 * rather than by per-row foreign keys, they cannot change, and a referenced user or round cannot
 * be deleted (migrations 0012 and 0013, ADR 0009).
 */
export const offers = pgTable(
  'offers',
  {
    roundId: uuid('round_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** `usual`: the patient's usual professional, offered alone first with the identity; `open`: anonymised. */
    phase: text('phase', { enum: ['usual', 'open'] }).notNull(),
    distanceKm: doublePrecision('distance_km'),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }),
    response: text('response', { enum: ['accepted', 'declined', 'withdrawn'] }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    declineReason: text('decline_reason', { enum: ['hors_zone', 'indisponible', 'soin_non_pratique', 'autre'] }),
    declineComment: text('decline_comment'),
  },
  (t) => [primaryKey({ name: 'offers_pkey', columns: [t.roundId, t.userId] }), index('offers_user_idx').on(t.userId, t.offeredAt)],
);

/** Horodatage: append-only events of a care request (a trigger refuses updates and deletes). */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: id(),
    careRequestId: uuid('care_request_id').notNull().references(() => careRequests.id),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    /** What the line needs to be written (round number, names, reason…). */
    params: jsonb('params').notNull().default(sql`'{}'::jsonb`),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Insertion order, to keep the order of events written at the same instant. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (t) => [index('timeline_events_request_idx').on(t.careRequestId, t.at)],
);

/** Deferred work stored in the database (round widening, deadlines): survives restarts, run once by one instance. */
export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    kind: text('kind').notNull(),
    /** Idempotency key: one job per key. */
    key: text('key').notNull(),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('jobs_key_key').on(t.key), index('jobs_due_idx').on(t.runAt).where(sql`${t.doneAt} is null`)],
);

/**
 * Notification outbox: one row per message and channel, written in the same
 * transaction as the change it tells about, delivered by the worker with
 * retries; `key` makes a message unique (idempotency).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    key: text('key').notNull(),
    /** The platform user told, when there is one. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: ['sms', 'email', 'push'] }).notNull(),
    /** E.164 number, e-mail address, or push subscription id. */
    recipient: text('recipient').notNull(),
    /** What it tells (offer, taken, accepted, unanswered, cancelled…). */
    kind: text('kind').notNull(),
    careRequestId: uuid('care_request_id').references(() => careRequests.id),
    subject: text('subject'),
    body: text('body').notNull(),
    /** Link opened from the message (push, e-mail). */
    url: text('url'),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** The provider's id of the message (SMS gateways). */
    providerId: text('provider_id'),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notifications_key_key').on(t.key),
    index('notifications_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('notifications_request_idx').on(t.careRequestId),
  ],
);

/** Web Push subscriptions: one per device (browser) of a user. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('push_subscriptions_endpoint_key').on(t.endpoint), index('push_subscriptions_user_idx').on(t.userId)],
);

/** Passages: the visits recorded by the performer ("1er passage", "2e passage"…). */
export const visits = pgTable(
  'visits',
  {
    id: id(),
    careRequestId: uuid('care_request_id').notNull().references(() => careRequests.id),
    performerId: uuid('performer_id').notNull().references(() => users.id),
    /** 1, 2, … in the order recorded. */
    number: smallint('number').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('visits_request_number_key').on(t.careRequestId, t.number)],
);

/** Tags of a fiche, added with a comment ("Ajouter un commentaire / un tag"): a filter of the dashboard. */
export const careRequestTags = pgTable(
  'care_request_tags',
  {
    careRequestId: uuid('care_request_id').notNull().references(() => careRequests.id),
    /** As typed, trimmed; compared without case. */
    tag: text('tag').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('care_request_tags_request_tag_key').on(t.careRequestId, sql`lower(${t.tag})`),
    index('care_request_tags_tag_idx').on(sql`lower(${t.tag})`, t.careRequestId),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Documents of a fiche ("Ajouter un document à la fiche"): JPG, PNG or PDF of 2 Mo at most, typed by their content. */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    careRequestId: uuid('care_request_id').notNull().references(() => careRequests.id),
    uploadedBy: uuid('uploaded_by').notNull().references(() => users.id),
    /** Titre du fichier (the file name by default). */
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    /** Decided from the content's magic bytes, never from the name or the declared type. */
    mediaType: text('media_type', { enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** SHA-256 of the content, hex. */
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('documents_request_idx').on(t.careRequestId, t.createdAt),
    check('documents_size', sql`${t.sizeBytes} between 1 and 2097152 and octet_length(${t.content}) = ${t.sizeBytes}`),
  ],
);
