ALTER TABLE "dispatch_rounds" ADD COLUMN "offer_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Each round counts its offers, kept once per statement: "Demandes reçues" and the dashboard show the count of every
-- line, which counted up to 2 000 offers a line (BENCHMARKS.md "Live offers").
CREATE FUNCTION "offers_count_per_round"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE dispatch_rounds r SET offer_count = r.offer_count + c.n
      FROM (SELECT round_id, count(*)::int AS n FROM inserted GROUP BY round_id) c WHERE r.id = c.round_id;
  ELSE
    UPDATE dispatch_rounds r SET offer_count = r.offer_count - c.n
      FROM (SELECT round_id, count(*)::int AS n FROM deleted GROUP BY round_id) c WHERE r.id = c.round_id;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "offers_count_inserted" AFTER INSERT ON "offers"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "offers_count_per_round"();--> statement-breakpoint
CREATE TRIGGER "offers_count_deleted" AFTER DELETE ON "offers"
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION "offers_count_per_round"();--> statement-breakpoint
UPDATE "dispatch_rounds" r SET "offer_count" = c.n
  FROM (SELECT round_id, count(*)::int AS n FROM offers GROUP BY round_id) c WHERE r.id = c.round_id;
