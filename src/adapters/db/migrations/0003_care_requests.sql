CREATE SEQUENCE "public"."care_request_number_seq" INCREMENT BY 1 MINVALUE 10000001 MAXVALUE 99999999 START WITH 10000001 CACHE 1;--> statement-breakpoint
CREATE TABLE "care_acts" (
	"profession" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_acts_profession_code_pk" PRIMARY KEY("profession","code")
);
--> statement-breakpoint
CREATE TABLE "care_request_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"organisation_id" uuid,
	"caller_phone" text,
	"direct_line" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer DEFAULT nextval('care_request_number_seq') NOT NULL,
	"batch_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"organisation_id" uuid,
	"profession" text NOT NULL,
	"care_acts" text[] NOT NULL,
	"other_care_act" text,
	"care_mode" text NOT NULL,
	"restrict_to_network" boolean DEFAULT false NOT NULL,
	"start_on" date,
	"start_within_minutes" integer,
	"time_zone" text NOT NULL,
	"days" smallint NOT NULL,
	"visits_per_day" smallint NOT NULL,
	"response_deadline_minutes" integer NOT NULL,
	"comment" text NOT NULL,
	"status" text NOT NULL,
	"self_dispatched" boolean DEFAULT false NOT NULL,
	"performer_id" uuid,
	"accepted_at" timestamp with time zone,
	"round_count" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_requests_start" CHECK (("care_requests"."start_on" is null) <> ("care_requests"."start_within_minutes" is null)),
	CONSTRAINT "care_requests_response_deadline" CHECK ("care_requests"."response_deadline_minutes" between 10 and 1440),
	CONSTRAINT "care_requests_plan" CHECK ("care_requests"."days" between 1 and 365 and "care_requests"."visits_per_day" between 1 and 10),
	CONSTRAINT "care_requests_performer" CHECK (("care_requests"."status" in ('dispatching', 'unanswered')) or "care_requests"."status" = 'cancelled' or "care_requests"."performer_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "dispatch_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"care_request_id" uuid NOT NULL,
	"number" smallint NOT NULL,
	"started_by" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"radius_km" double precision,
	"restrict_to_network" boolean NOT NULL,
	"usual_first" boolean DEFAULT false NOT NULL,
	"widened_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"done_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"care_request_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"distance_km" double precision,
	"offered_at" timestamp with time zone NOT NULL,
	"seen_at" timestamp with time zone,
	"response" text,
	"responded_at" timestamp with time zone,
	"decline_reason" text,
	"decline_comment" text
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"care_request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "timeline_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "direct_line" text;--> statement-breakpoint
ALTER TABLE "care_request_batches" ADD CONSTRAINT "care_request_batches_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_request_batches" ADD CONSTRAINT "care_request_batches_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_request_batches" ADD CONSTRAINT "care_request_batches_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_batch_id_care_request_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."care_request_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_requests" ADD CONSTRAINT "care_requests_performer_id_users_id_fk" FOREIGN KEY ("performer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_rounds" ADD CONSTRAINT "dispatch_rounds_care_request_id_care_requests_id_fk" FOREIGN KEY ("care_request_id") REFERENCES "public"."care_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_rounds" ADD CONSTRAINT "dispatch_rounds_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_care_request_id_care_requests_id_fk" FOREIGN KEY ("care_request_id") REFERENCES "public"."care_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_round_id_dispatch_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."dispatch_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_care_request_id_care_requests_id_fk" FOREIGN KEY ("care_request_id") REFERENCES "public"."care_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_request_batches_patient_idx" ON "care_request_batches" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "care_requests_number_key" ON "care_requests" USING btree ("number");--> statement-breakpoint
CREATE INDEX "care_requests_batch_idx" ON "care_requests" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "care_requests_patient_idx" ON "care_requests" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "care_requests_requester_idx" ON "care_requests" USING btree ("requester_id","created_at");--> statement-breakpoint
CREATE INDEX "care_requests_organisation_idx" ON "care_requests" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "care_requests_performer_idx" ON "care_requests" USING btree ("performer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_rounds_request_number_key" ON "dispatch_rounds" USING btree ("care_request_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_key_key" ON "jobs" USING btree ("key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."done_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "offers_round_user_key" ON "offers" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE INDEX "offers_request_idx" ON "offers" USING btree ("care_request_id");--> statement-breakpoint
CREATE INDEX "offers_user_idx" ON "offers" USING btree ("user_id","offered_at");--> statement-breakpoint
CREATE INDEX "timeline_events_request_idx" ON "timeline_events" USING btree ("care_request_id","at");--> statement-breakpoint
-- The horodatage is append-only: no update, no delete, whatever the caller.
CREATE FUNCTION "timeline_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'timeline_events is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "timeline_events_no_change" BEFORE UPDATE OR DELETE ON "timeline_events"
  FOR EACH ROW EXECUTE FUNCTION "timeline_events_append_only"();--> statement-breakpoint
-- The default catalogue of Soins; an admin edits it afterwards.
INSERT INTO "care_acts" ("profession", "code", "label", "position") VALUES
  ('infirmier', 'bilan_sang', 'Bilan sang', 1),
  ('infirmier', 'pansement', 'Pansement', 2),
  ('infirmier', 'injection', 'Injection', 3),
  ('infirmier', 'perfusion', 'Perfusion', 4),
  ('infirmier', 'surveillance', 'Surveillance', 5),
  ('infirmier', 'toilette', 'Toilette', 6),
  ('infirmier', 'autre', 'Autre Soins', 99),
  ('masseur_kinesitherapeute', 'kine_respiratoire', 'Kiné respiratoire', 1),
  ('masseur_kinesitherapeute', 'reeducation', 'Rééducation', 2),
  ('masseur_kinesitherapeute', 'drainage', 'Drainage', 3),
  ('masseur_kinesitherapeute', 'autre', 'Autre Soins', 99),
  ('medecin_generaliste', 'consultation', 'Consultation', 1),
  ('medecin_generaliste', 'visite', 'Visite', 2),
  ('medecin_generaliste', 'autre', 'Autre Soins', 99),
  ('pharmacien', 'livraison_medicaments', 'Livraison de médicaments', 1),
  ('pharmacien', 'conseil', 'Conseil', 2),
  ('pharmacien', 'autre', 'Autre Soins', 99),
  ('sage_femme', 'suivi_post_natal', 'Suivi post-natal', 1),
  ('sage_femme', 'autre', 'Autre Soins', 99);
