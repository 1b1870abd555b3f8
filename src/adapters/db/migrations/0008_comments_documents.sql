CREATE TABLE "care_request_tags" (
	"care_request_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"care_request_id" uuid NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_size" CHECK ("documents"."size_bytes" between 1 and 2097152 and octet_length("documents"."content") = "documents"."size_bytes")
);
--> statement-breakpoint
ALTER TABLE "care_request_tags" ADD CONSTRAINT "care_request_tags_care_request_id_care_requests_id_fk" FOREIGN KEY ("care_request_id") REFERENCES "public"."care_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_request_tags" ADD CONSTRAINT "care_request_tags_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_care_request_id_care_requests_id_fk" FOREIGN KEY ("care_request_id") REFERENCES "public"."care_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "care_request_tags_request_tag_key" ON "care_request_tags" USING btree ("care_request_id",lower("tag"));--> statement-breakpoint
CREATE INDEX "care_request_tags_tag_idx" ON "care_request_tags" USING btree (lower("tag"),"care_request_id");--> statement-breakpoint
CREATE INDEX "documents_request_idx" ON "documents" USING btree ("care_request_id","created_at");--> statement-breakpoint
-- A document left on a fiche is part of its record, like the horodatage line that tells it: never changed nor removed.
CREATE FUNCTION "documents_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'documents are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "documents_no_change" BEFORE UPDATE OR DELETE ON "documents"
  FOR EACH ROW EXECUTE FUNCTION "documents_append_only"();
