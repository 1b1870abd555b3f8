DROP INDEX "directory_entries_name_prefix_idx";--> statement-breakpoint
DROP INDEX "directory_entries_last_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "directory_entries_search_idx" ON "directory_entries" USING btree ("profession_code" text_pattern_ops,"last_name_search" text_pattern_ops,"first_name_search" text_pattern_ops);