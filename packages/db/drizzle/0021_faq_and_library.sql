CREATE TABLE "faq_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"question_id" uuid,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"answered_by" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"search_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"workspace_id" text NOT NULL,
	"channel_id" text NOT NULL,
	"message_id" text NOT NULL,
	"url" text,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"title" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"opens" integer DEFAULT 0 NOT NULL,
	"search_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_answered_by_members_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_published_by_members_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_saved_by_members_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_reviewed_by_members_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "faq_entries_question_key" ON "faq_entries" USING btree ("community_id","question_id");--> statement-breakpoint
CREATE INDEX "faq_entries_community_published_idx" ON "faq_entries" USING btree ("community_id","published_at","id");--> statement-breakpoint
CREATE INDEX "faq_entries_search_keys_idx" ON "faq_entries" USING gin ("search_keys");--> statement-breakpoint
CREATE INDEX "faq_entries_search_text_trgm_idx" ON "faq_entries" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "library_entries_message_key" ON "library_entries" USING btree ("community_id","platform","workspace_id","message_id");--> statement-breakpoint
CREATE INDEX "library_entries_community_status_saved_idx" ON "library_entries" USING btree ("community_id","status","saved_at","id");--> statement-breakpoint
CREATE INDEX "library_entries_tags_idx" ON "library_entries" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "library_entries_search_keys_idx" ON "library_entries" USING gin ("search_keys");--> statement-breakpoint
CREATE INDEX "library_entries_search_text_trgm_idx" ON "library_entries" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "library_entries_author_idx" ON "library_entries" USING btree ("community_id","author_id");--> statement-breakpoint
CREATE INDEX "questions_claimed_by_idx" ON "questions" USING btree ("community_id","claimed_by","created_at");