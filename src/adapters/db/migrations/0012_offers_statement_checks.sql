ALTER TABLE "offers" DROP CONSTRAINT "offers_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "offers" DROP CONSTRAINT "offers_round_request_fk";
--> statement-breakpoint
DROP INDEX "dispatch_rounds_id_request_key";--> statement-breakpoint
DROP INDEX "offers_request_idx";--> statement-breakpoint
CREATE INDEX "offers_request_user_idx" ON "offers" USING btree ("care_request_id","user_id");--> statement-breakpoint
-- The offers' references, checked once per INSERT statement over all its rows (a round writes up to 2 000 offers:
-- per-row foreign keys were half the cost of that insert, see BENCHMARKS.md "Live offers").
CREATE FUNCTION "offers_check_references"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM inserted i WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = i.user_id))
     OR EXISTS (SELECT 1 FROM inserted i WHERE NOT EXISTS (
       SELECT 1 FROM dispatch_rounds r WHERE r.id = i.round_id AND r.care_request_id = i.care_request_id)) THEN
    RAISE EXCEPTION 'offers: unknown user, or a round not of the offer''s care request' USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "offers_check_references" AFTER INSERT ON "offers"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "offers_check_references"();--> statement-breakpoint
-- An offer's references never change.
CREATE FUNCTION "offers_references_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'offers: user, round and care request of an offer cannot change' USING ERRCODE = 'foreign_key_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "offers_references_fixed" BEFORE UPDATE OF "user_id", "round_id", "care_request_id" ON "offers"
  FOR EACH ROW WHEN (NEW.user_id IS DISTINCT FROM OLD.user_id OR NEW.round_id IS DISTINCT FROM OLD.round_id
    OR NEW.care_request_id IS DISTINCT FROM OLD.care_request_id)
  EXECUTE FUNCTION "offers_references_fixed"();--> statement-breakpoint
-- A user or a round with offers cannot be deleted (users are deactivated, rounds are history).
CREATE FUNCTION "offers_keep_referenced"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_TABLE_NAME = 'users' AND EXISTS (SELECT 1 FROM offers WHERE user_id = OLD.id))
     OR (TG_TABLE_NAME = 'dispatch_rounds' AND EXISTS (SELECT 1 FROM offers WHERE round_id = OLD.id)) THEN
    RAISE EXCEPTION 'offers: % % still has offers', TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN OLD;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "users_keep_offers" BEFORE DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "offers_keep_referenced"();--> statement-breakpoint
CREATE TRIGGER "dispatch_rounds_keep_offers" BEFORE DELETE ON "dispatch_rounds" FOR EACH ROW EXECUTE FUNCTION "offers_keep_referenced"();
