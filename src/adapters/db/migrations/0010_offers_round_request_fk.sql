-- One foreign key check per offer for its round and its request together (and they must agree).
CREATE UNIQUE INDEX "dispatch_rounds_id_request_key" ON "dispatch_rounds" USING btree ("id","care_request_id");--> statement-breakpoint
ALTER TABLE "offers" DROP CONSTRAINT "offers_care_request_id_care_requests_id_fk";
--> statement-breakpoint
ALTER TABLE "offers" DROP CONSTRAINT "offers_round_id_dispatch_rounds_id_fk";
--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_round_request_fk" FOREIGN KEY ("round_id","care_request_id") REFERENCES "public"."dispatch_rounds"("id","care_request_id") ON DELETE no action ON UPDATE no action;
