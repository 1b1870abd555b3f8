ALTER TABLE "care_requests" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "care_requests_created_idx" ON "care_requests" USING btree ("created_at","number");--> statement-breakpoint
CREATE INDEX "care_requests_search_idx" ON "care_requests" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
-- MOT-CLÉ of the dashboard: one lower-case, accent-free haystack per fiche (names as typed, so a renamed patient or
-- user, a new performer or a new tag rewrite it). Names are schema-qualified: triggers run with the caller's search_path.
CREATE FUNCTION "care_request_search_text"("request_id" uuid, "request_number" integer, "request_comment" text, "request_patient_id" uuid, "request_requester_id" uuid, "request_performer_id" uuid)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT lower(public.unaccent(concat_ws(' ',
    request_number::text,
    request_comment,
    (SELECT concat_ws(' ', p.last_name, p.first_name, p.city) FROM public.patients p WHERE p.id = request_patient_id),
    (SELECT concat_ws(' ', u.last_name, u.first_name) FROM public.users u WHERE u.id = request_requester_id),
    (SELECT concat_ws(' ', u.last_name, u.first_name) FROM public.users u WHERE u.id = request_performer_id),
    (SELECT string_agg(t.tag, ' ') FROM public.care_request_tags t WHERE t.care_request_id = request_id))))
$$;--> statement-breakpoint
CREATE FUNCTION "care_requests_set_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := public.care_request_search_text(NEW.id, NEW.number, NEW.comment, NEW.patient_id, NEW.requester_id, NEW.performer_id);
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "care_requests_search_text" BEFORE INSERT OR UPDATE OF "number", "comment", "patient_id", "requester_id", "performer_id" ON "care_requests"
  FOR EACH ROW EXECUTE FUNCTION "care_requests_set_search_text"();--> statement-breakpoint
CREATE FUNCTION "care_requests_refresh_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'patients' THEN
    UPDATE public.care_requests SET search_text = public.care_request_search_text(id, number, comment, patient_id, requester_id, performer_id) WHERE patient_id = NEW.id;
  ELSIF TG_TABLE_NAME = 'users' THEN
    UPDATE public.care_requests SET search_text = public.care_request_search_text(id, number, comment, patient_id, requester_id, performer_id)
      WHERE requester_id = NEW.id OR performer_id = NEW.id;
  ELSE
    UPDATE public.care_requests SET search_text = public.care_request_search_text(id, number, comment, patient_id, requester_id, performer_id)
      WHERE id IN (NEW.care_request_id, OLD.care_request_id);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "patients_search_text" AFTER UPDATE OF "last_name", "first_name", "city" ON "patients"
  FOR EACH ROW WHEN (OLD.last_name IS DISTINCT FROM NEW.last_name OR OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.city IS DISTINCT FROM NEW.city)
  EXECUTE FUNCTION "care_requests_refresh_search_text"();--> statement-breakpoint
CREATE TRIGGER "users_search_text" AFTER UPDATE OF "last_name", "first_name" ON "users"
  FOR EACH ROW WHEN (OLD.last_name IS DISTINCT FROM NEW.last_name OR OLD.first_name IS DISTINCT FROM NEW.first_name)
  EXECUTE FUNCTION "care_requests_refresh_search_text"();--> statement-breakpoint
CREATE TRIGGER "care_request_tags_search_text" AFTER INSERT OR UPDATE OR DELETE ON "care_request_tags"
  FOR EACH ROW EXECUTE FUNCTION "care_requests_refresh_search_text"();--> statement-breakpoint
-- "Dernière activité": every horodatage line moves the fiche's updated_at forward.
CREATE FUNCTION "care_requests_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.care_requests SET updated_at = NEW.at WHERE id = NEW.care_request_id AND updated_at < NEW.at;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "timeline_events_touch" AFTER INSERT ON "timeline_events"
  FOR EACH ROW EXECUTE FUNCTION "care_requests_touch"();--> statement-breakpoint
UPDATE "care_requests" SET "search_text" = "care_request_search_text"("id", "number", "comment", "patient_id", "requester_id", "performer_id");--> statement-breakpoint
UPDATE "care_requests" r SET "updated_at" = e."at" FROM (SELECT "care_request_id", max("at") AS "at" FROM "timeline_events" GROUP BY 1) e
  WHERE e."care_request_id" = r."id" AND r."updated_at" < e."at";
