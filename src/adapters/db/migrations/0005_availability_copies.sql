ALTER TABLE "users" ADD COLUMN "weekly_hours" "int4multirange";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "absent_days" datemultirange;--> statement-breakpoint
-- Recomputes the availability copies of some users from working_hours and absences.
CREATE FUNCTION "users_refresh_availability"(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE users u SET
    weekly_hours = (SELECT range_agg(int4range((h.weekday - 1) * 1440 + h.start_minute, (h.weekday - 1) * 1440 + h.end_minute))
                    FROM working_hours h WHERE h.user_id = u.id),
    absent_days = (SELECT range_agg(daterange(a.starts_on, a.ends_on, '[]')) FROM absences a WHERE a.user_id = u.id)
  WHERE u.id = ANY(ids);
$$;--> statement-breakpoint
-- One statement-level trigger per event (transition tables allow one event per trigger).
CREATE FUNCTION "availability_rows_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM users_refresh_availability(ARRAY(SELECT DISTINCT user_id FROM new_rows));
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION "availability_rows_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM users_refresh_availability(ARRAY(SELECT DISTINCT user_id FROM old_rows));
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION "availability_rows_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM users_refresh_availability(ARRAY(SELECT user_id FROM new_rows UNION SELECT user_id FROM old_rows));
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "working_hours_inserted" AFTER INSERT ON "working_hours" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "availability_rows_inserted"();--> statement-breakpoint
CREATE TRIGGER "working_hours_deleted" AFTER DELETE ON "working_hours" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "availability_rows_deleted"();--> statement-breakpoint
CREATE TRIGGER "working_hours_updated" AFTER UPDATE ON "working_hours" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "availability_rows_updated"();--> statement-breakpoint
CREATE TRIGGER "absences_inserted" AFTER INSERT ON "absences" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "availability_rows_inserted"();--> statement-breakpoint
CREATE TRIGGER "absences_deleted" AFTER DELETE ON "absences" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "availability_rows_deleted"();--> statement-breakpoint
CREATE TRIGGER "absences_updated" AFTER UPDATE ON "absences" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "availability_rows_updated"();--> statement-breakpoint
SELECT users_refresh_availability(ARRAY(SELECT id FROM users));
