-- Offers keyed by (round, user): a round writes up to 2 000 offers in one statement, and each index of the table
-- is paid on every row. The offer id (a random uuid, one more index) and the care request column (a copy of the
-- round's, with its own index) go; the offers of a care request are found through its rounds (ADR 0009).
DROP TRIGGER "offers_references_fixed" ON "offers";--> statement-breakpoint
DROP INDEX "offers_request_user_idx";--> statement-breakpoint
ALTER TABLE "offers" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_pkey" PRIMARY KEY USING INDEX "offers_round_user_key";--> statement-breakpoint
ALTER TABLE "offers" DROP COLUMN "care_request_id";--> statement-breakpoint
CREATE OR REPLACE FUNCTION "offers_check_references"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM inserted i WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = i.user_id))
     OR EXISTS (SELECT 1 FROM inserted i WHERE NOT EXISTS (SELECT 1 FROM dispatch_rounds r WHERE r.id = i.round_id)) THEN
    RAISE EXCEPTION 'offers: unknown user or round' USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "offers_references_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'offers: user and round of an offer cannot change' USING ERRCODE = 'foreign_key_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "offers_references_fixed" BEFORE UPDATE OF "user_id", "round_id" ON "offers"
  FOR EACH ROW WHEN (NEW.user_id IS DISTINCT FROM OLD.user_id OR NEW.round_id IS DISTINCT FROM OLD.round_id)
  EXECUTE FUNCTION "offers_references_fixed"();
