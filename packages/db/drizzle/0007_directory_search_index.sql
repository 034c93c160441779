ALTER TABLE "profiles" ADD COLUMN "search_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "search_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "members_community_created_idx" ON "members" USING btree ("community_id","created_at","id");--> statement-breakpoint
CREATE INDEX "members_display_name_trgm_idx" ON "members" USING gin ("display_name_lower" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_handle_trgm_idx" ON "members" USING gin ("handle_lower" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_email_trgm_idx" ON "members" USING gin ("email_lower" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "profiles_community_updated_idx" ON "profiles" USING btree ("community_id","updated_at","member_id");--> statement-breakpoint
CREATE INDEX "profiles_search_keys_idx" ON "profiles" USING gin ("search_keys");--> statement-breakpoint
CREATE INDEX "profiles_search_text_trgm_idx" ON "profiles" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "profiles_search_version_idx" ON "profiles" USING btree ("search_version");