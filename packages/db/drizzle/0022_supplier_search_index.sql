ALTER TABLE "suppliers" ADD COLUMN "search_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "suppliers" ADD COLUMN "search_strong" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "suppliers" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "suppliers" ADD COLUMN "index_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "suppliers_search_keys_idx" ON "suppliers" USING gin ("search_keys");--> statement-breakpoint
CREATE INDEX "suppliers_search_text_trgm_idx" ON "suppliers" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "suppliers_index_version_idx" ON "suppliers" USING btree ("index_version");