/**
 * The dashboard benchmark's data (bench/dashboard.ts), made in SQL on the
 * server (`generate_series`, seeded `random()`): organisations, a CPTS network
 * layer, requesters and performers, patients, and `fiches` care requests with
 * their batch, first round, two offers, 3–6 horodatage lines and, for some, a
 * tag — spread over a year, `recent` of them in the last 14 days. One
 * supervisor (own organisation, supervising `SUPERVISED_ORGANISATIONS`
 * organisations and one network) sees `scopeShare` of the recent fiches as
 * "Fiches supervisées"; its session row is inserted as a login writes it.
 * Triggers are off while loading (session_replication_role): the search text
 * is then computed by the migration's own function, and the table compacted.
 */
import type pg from 'pg';
import { hashToken, randomToken } from '../src/app/auth/tokens.js';

export interface DashboardDataOptions {
  readonly fiches: number;
  /** Fiches created in the last 14 days (the rest over the 351 days before). */
  readonly recent: number;
  /** Share of the recent fiches in the supervisor's scope. */
  readonly scopeShare: number;
  readonly seed: number;
}

export interface DashboardData {
  readonly supervisorId: string;
  /** `declic_session=…` of the supervisor. */
  readonly cookie: string;
  readonly sessionToken: string;
  /** Fiches of the supervisor's "Fiches supervisées" in the last 14 days. */
  readonly supervisedRecent: number;
  readonly description: string;
}

const ORGANISATIONS = 300;
const NETWORKS = 30;
const REQUESTERS = 3000;
const PERFORMERS = 2000;
const PATIENTS = 30_000;
const SUPERVISED_ORGANISATIONS = 10;

/** A SQL array literal of `values`, and a random element of it. */
const list = (values: readonly string[]) => `array[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',')}]`;
const any = (values: string) => `(${values})[1 + floor(random() * cardinality(${values}))::int]`;

const LAST_NAMES = list([
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel',
  'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine',
  'Rousseau', 'Vincent', 'Müller', 'Lefebvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier',
  'François', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu',
  'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier',
  'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martínez', 'Gérard',
  'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine',
  'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Philippe', 'Bourgeois', 'Pierre', 'Benoît', 'Rey', 'Léger', 'Hébert', 'Béranger',
]);
const FIRST_NAMES = list([
  'Élodie', 'Jérôme', 'Hélène', 'François', 'Chloé', 'Zoé', 'Léa', 'Noël', 'Agnès', 'Cédric', 'Camille', 'Jeanne', 'Louis',
  'Gabriel', 'Raphaël', 'Inès', 'Maël', 'Anaïs', 'Théo', 'Mathéo', 'Clémence', 'Océane', 'Loïc', 'Gaëlle', 'Benoît', 'Joël',
  'Pauline', 'Marie', 'Pierre', 'Sophie', 'Julien', 'Nathalie', 'Émile', 'Ève', 'Hugo', 'Lucie', 'Manon', 'Adèle', 'Céline',
]);
const CITIES = list([
  '91000|Évry-Courcouronnes', '91150|Étampes', '91100|Corbeil-Essonnes', '91700|Sainte-Geneviève-des-Bois', '91300|Massy',
  '91120|Palaiseau', '91200|Athis-Mons', '91600|Savigny-sur-Orge', '91260|Juvisy-sur-Orge', '91170|Viry-Châtillon',
  '91220|Brétigny-sur-Orge', '91240|Saint-Michel-sur-Orge', '91940|Les Ulis', '91400|Orsay', '91160|Longjumeau',
  '91330|Yerres', '91230|Montgeron', '91800|Brunoy', '91090|Lisses', '91080|Évry-Courcouronnes', '91540|Mennecy',
  '91250|Saint-Germain-lès-Corbeil', '91130|Ris-Orangis', '91350|Grigny', '91610|Ballancourt-sur-Essonne', '91490|Milly-la-Forêt',
  '91410|Dourdan', '91590|La Ferté-Alais', '91750|Champcueil', '91520|Égly', '91630|Marolles-en-Hurepoix', '91290|Arpajon',
]);
const COMMENTS = list([
  'Bilan sanguin à jeun', 'Pansement après chirurgie du genou', 'Injection d’anticoagulant matin et soir', 'Surveillance glycémie, patient diabétique',
  'Kiné respiratoire, bronchiolite', 'Rééducation après fracture du col du fémur', 'Toilette et aide au lever', 'Livraison des médicaments à domicile',
  'Suivi post-natal, allaitement difficile', 'Perfusion d’antibiotiques pendant 7 jours', 'Plaie chronique de la jambe, pansement complexe',
  'Retour d’hospitalisation, surveillance des constantes', 'Douleurs abdominales, visite demandée', 'Renouvellement d’ordonnance, patient âgé isolé',
  'Soins palliatifs, prise en charge de la douleur', 'Contrôle INR hebdomadaire', 'Ablation des fils à J+10', 'Chute à domicile, évaluation',
  'Fièvre persistante chez l’enfant', 'Éducation thérapeutique insuline',
]);
const TAGS = list(['Diabète', 'Urgent', 'Plaie chronique', 'Soins palliatifs', 'Post-opératoire', 'Grand âge', 'Isolement', 'Pédiatrie']);

/** SQL that fills a migrated, empty database (numbers and word lists inlined). */
function script(o: DashboardDataOptions): string[] {
  return [
    // Triggers (foreign keys, search text, last activity) off while loading; the search text is computed once at the end.
    'set session_replication_role = replica',
    `select setseed(${(o.seed % 1000) / 1000})`,
    `insert into organisations (id, name, kind, phone)
       select md5('org' || i)::uuid, 'Cabinet ' || (${LAST_NAMES})[1 + i % cardinality(${LAST_NAMES})] || ' ' || i, case when i % 5 = 0 then 'plateforme' else 'cabinet' end, '+3316' || lpad(i::text, 7, '0')
       from generate_series(1, ${ORGANISATIONS + 1}) i`,
    `insert into networks (id, name) select md5('net' || j)::uuid, 'CPTS ' || j from generate_series(1, ${NETWORKS}) j`,
    `insert into users (id, email, first_name, last_name, profession, mobile_phone, organisation_id)
       select md5('user' || u)::uuid, 'demandeur-' || u || '@banc.declic', (${FIRST_NAMES})[1 + u % cardinality(${FIRST_NAMES})], (${LAST_NAMES})[1 + (u * 7) % cardinality(${LAST_NAMES})],
              (array['medecin_generaliste','infirmier','masseur_kinesitherapeute','pharmacien','sage_femme'])[1 + u % 5], '+3361' || lpad(u::text, 7, '0'),
              md5('org' || (1 + u % ${ORGANISATIONS}))::uuid
       from generate_series(1, ${REQUESTERS}) u`,
    `insert into users (id, email, first_name, last_name, profession, mobile_phone)
       select md5('perf' || k)::uuid, 'intervenant-' || k || '@banc.declic', (${FIRST_NAMES})[1 + (k * 3) % cardinality(${FIRST_NAMES})], (${LAST_NAMES})[1 + (k * 11) % cardinality(${LAST_NAMES})],
              'infirmier', '+3362' || lpad(k::text, 7, '0')
       from generate_series(1, ${PERFORMERS}) k`,
    // A third of the requesters belong to a CPTS.
    `insert into network_members (network_id, user_id) select md5('net' || (1 + u % ${NETWORKS}))::uuid, md5('user' || u)::uuid from generate_series(3, ${REQUESTERS}, 3) u`,
    `insert into users (id, email, first_name, last_name, profession, organisation_id)
       values (md5('supervisor')::uuid, 'superviseur@banc.declic', 'Johanna', 'Giacomoni', 'superviseur', md5('org' || ${ORGANISATIONS + 1})::uuid)`,
    `insert into supervisions (user_id, organisation_id) select md5('supervisor')::uuid, md5('org' || i)::uuid from generate_series(1, ${SUPERVISED_ORGANISATIONS}) i`,
    `insert into supervisions (user_id, network_id) values (md5('supervisor')::uuid, md5('net1')::uuid)`,
    `insert into patients (id, last_name, first_name, sex, birth_date, phone, address_label, address, postcode, city, lat, lng, time_zone, last_name_search, first_name_search)
       select md5('patient' || p)::uuid, n.last, n.first, case when p % 2 = 0 then 'F' else 'M' end, date '1930-01-01' + (p * 37) % 30000,
              '+3363' || lpad(p::text, 7, '0'), p || ' Rue de la Paix ' || split_part(c.city, '|', 1) || ' ' || split_part(c.city, '|', 2), p || ' Rue de la Paix',
              split_part(c.city, '|', 1), split_part(c.city, '|', 2), 48.6 + (p % 100) / 1000.0, 2.4 + (p % 77) / 1000.0, 'Europe/Paris',
              lower(unaccent(n.last)), lower(unaccent(n.first))
       from generate_series(1, ${PATIENTS}) p,
            lateral (select ${any(LAST_NAMES)} as last, ${any(FIRST_NAMES)} as first where p > 0) n,
            lateral (select ${any(CITIES)} as city where p > 0) c`,
    // Requesters in and out of the supervisor's scope (supervised organisations, or members of the supervised network).
    `create temp table scope_requesters as
       select u.id from users u where u.organisation_id in (select organisation_id from supervisions where user_id = md5('supervisor')::uuid)
          or u.id in (select m.user_id from network_members m join supervisions s on s.network_id = m.network_id where s.user_id = md5('supervisor')::uuid)`,
    `create temp table pick as
       select (select array_agg(id order by id) from scope_requesters) as scope,
              (select array_agg(id order by id) from users where email like 'demandeur-%' and id not in (select id from scope_requesters)) as others`,
    // One row per fiche: who, for whom, when; recent ones first in the series.
    `create temp table plan as
       select i, md5('fiche' || i)::uuid as id, md5('batch' || i)::uuid as batch_id,
              case when (i <= ${o.recent} and random() < ${o.scopeShare}) or (i > ${o.recent} and random() < 0.06)
                   then scope[1 + floor(random() * cardinality(scope))::int] else others[1 + floor(random() * cardinality(others))::int] end as requester_id,
              md5('patient' || (1 + floor(random() * ${PATIENTS})::int))::uuid as patient_id,
              md5('perf' || (1 + floor(random() * ${PERFORMERS - 1})::int))::uuid as performer_id,
              case when i <= ${o.recent} then now() - random() * interval '14 days' else now() - interval '14 days' - random() * interval '351 days' end as created_at,
              3 + floor(random() * 4)::int as lines, floor(random() * 10)::int as fate
       from pick, generate_series(1, ${o.fiches}) i`,
    `alter table plan add column status text`,
    // fate 0: unanswered, 1: cancelled, 2: dispatching again; else by the lines: 3 accepted, 4–5 in progress, 6 completed.
    `update plan set status = case when fate = 0 then 'unanswered' when fate = 1 then 'cancelled' when fate = 2 then 'dispatching'
                                   when lines = 3 then 'accepted' when lines = 6 then 'completed' else 'in_progress' end,
                     lines = case when fate <= 2 then 3 else lines end`,
    `insert into care_request_batches (id, patient_id, requester_id, organisation_id, caller_phone, created_at)
       select p.batch_id, p.patient_id, p.requester_id, u.organisation_id, '+33612345678', p.created_at from plan p join users u on u.id = p.requester_id`,
    `insert into care_requests (id, batch_id, patient_id, requester_id, organisation_id, profession, care_acts, care_mode, start_within_minutes, time_zone,
                                days, visits_per_day, response_deadline_minutes, comment, status, performer_id, accepted_at, round_count, created_at, updated_at)
       select p.id, p.batch_id, p.patient_id, p.requester_id, u.organisation_id, 'infirmier',
              array[(array['bilan_sang','pansement','injection','perfusion','surveillance','toilette'])[1 + p.i % 6]], 'visite', 1440, 'Europe/Paris',
              1 + p.i % 7, 1 + p.i % 2, 120, ${any(COMMENTS)}, p.status,
              case when p.status in ('accepted','in_progress','completed') then p.performer_id end,
              case when p.status in ('accepted','in_progress','completed') then p.created_at + interval '14 minutes' end,
              case when p.status = 'dispatching' then 2 else 1 end, p.created_at, p.created_at + (p.lines - 1) * interval '7 minutes'
       from plan p join users u on u.id = p.requester_id order by p.created_at`,
    `insert into dispatch_rounds (id, care_request_id, number, started_by, started_at, deadline_at, restrict_to_network)
       select md5('round' || i)::uuid, id, 1, requester_id, created_at, created_at + interval '2 hours', false from plan`,
    `insert into offers (round_id, user_id, phase, distance_km, offered_at, response, responded_at)
       select md5('round' || p.i)::uuid, o.user_id, 'open', 2.5, p.created_at,
              case when o.first and p.status in ('accepted','in_progress','completed') then 'accepted' when p.status in ('accepted','in_progress','completed') then 'withdrawn' end,
              case when p.status in ('accepted','in_progress','completed') then p.created_at + interval '14 minutes' end
       from plan p, lateral (values (p.performer_id, true), (md5('perf' || ${PERFORMERS})::uuid, false)) o(user_id, first)`,
    `insert into timeline_events (care_request_id, kind, actor_id, params, at)
       select p.id, e.kind, e.actor, e.params, p.created_at + (e.n - 1) * interval '7 minutes'
       from plan p, lateral (
         select * from (values
           (1, 'round_started', p.requester_id, '{"round":1}'::jsonb),
           (2, case when p.status in ('unanswered','dispatching') then 'no_resource' else 'round_widened' end, null::uuid, '{"round":1}'::jsonb),
           (3, case p.status when 'unanswered' then 'no_resource' when 'cancelled' then 'cancelled' when 'dispatching' then 'round_started' else 'accepted' end,
               case when p.status in ('accepted','in_progress','completed') then p.performer_id else p.requester_id end,
               case p.status when 'cancelled' then '{"round":1,"reason":"Patient hospitalisé"}'::jsonb when 'dispatching' then '{"round":2}'::jsonb else '{}'::jsonb end),
           (4, 'visit', p.performer_id, '{"visit":1}'::jsonb),
           (5, 'visit', p.performer_id, '{"visit":2}'::jsonb),
           (6, 'completed', p.performer_id, '{}'::jsonb)
         ) v(n, kind, actor, params) where v.n <= p.lines and not (p.status = 'unanswered' and v.n = 3)
       ) e`,
    `insert into care_request_tags (care_request_id, tag, created_by)
       select id, ${any(TAGS)}, requester_id from plan where random() < 0.15`,
    'set session_replication_role = default',
    'update care_requests set search_text = care_request_search_text(id, number, comment, patient_id, requester_id, performer_id)',
    'vacuum full analyze care_requests',
    'vacuum analyze',
  ];
}

/** Fills the database through `client`; returns the supervisor, a session of theirs and the dataset's description. */
export async function insertDashboardData(client: pg.Client, options: DashboardDataOptions): Promise<DashboardData> {
  for (const statement of script(options)) await client.query(statement);
  const token = randomToken();
  await client.query(`insert into sessions (token_hash, user_id, expires_at) values ($1, md5('supervisor')::uuid, now() + interval '11 hours')`, [hashToken(token)]);
  const counts = await client.query<{ supervised: string; fiches: string; lines: string; tags: string }>(`
    select (select count(*) from care_requests cr
             where cr.created_at >= now() - interval '14 days'
               and (cr.organisation_id in (select organisation_id from supervisions where user_id = md5('supervisor')::uuid)
                    or cr.requester_id in (select m.user_id from network_members m join supervisions s on s.network_id = m.network_id where s.user_id = md5('supervisor')::uuid))
               and cr.organisation_id is distinct from md5('org' || ${ORGANISATIONS + 1})::uuid) as supervised,
           (select count(*) from care_requests) as fiches,
           (select count(*) from timeline_events) as lines,
           (select count(*) from care_request_tags) as tags`);
  const row = counts.rows[0];
  if (!row) throw new Error('no counts');
  const supervisedRecent = Number(row.supervised);
  const supervisorId = (await client.query<{ id: string }>(`select md5('supervisor')::uuid as id`)).rows[0]?.id ?? '';
  return {
    supervisorId,
    cookie: `declic_session=${token}`,
    sessionToken: token,
    supervisedRecent,
    description:
      `${Number(row.fiches).toLocaleString('fr-FR')} fiches over a year (${options.recent.toLocaleString('fr-FR')} in the last 14 days), ` +
      `${Number(row.lines).toLocaleString('fr-FR')} horodatage lines, ${Number(row.tags).toLocaleString('fr-FR')} tags, 2 offers each, ` +
      `${PATIENTS.toLocaleString('fr-FR')} patients, ${REQUESTERS.toLocaleString('fr-FR')} requesters in ${ORGANISATIONS} organisations and ${NETWORKS} CPTS (seed ${options.seed}); ` +
      `one supervisor of ${SUPERVISED_ORGANISATIONS} organisations and one CPTS: ${supervisedRecent.toLocaleString('fr-FR')} "Fiches supervisées" in the last 14 days`,
  };
}
