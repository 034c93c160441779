CREATE TABLE "moderation_actions" (
	"key" text PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb,
	"status" text NOT NULL,
	"attempts" integer NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"error" text,
	"created_at" timestamp with time zone NOT NULL,
	"settled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "moderation_cases" ADD COLUMN "workspace_id" text;--> statement-breakpoint
ALTER TABLE "moderation_cases" ADD COLUMN "author_id" text;--> statement-breakpoint
ALTER TABLE "moderation_cases" ADD COLUMN "context" jsonb;--> statement-breakpoint
ALTER TABLE "moderation_cases" ADD COLUMN "action_failure" text;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_actions_due_idx" ON "moderation_actions" USING btree ("next_attempt_at") WHERE "moderation_actions"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "moderation_cases_author_idx" ON "moderation_cases" USING btree ("community_id","platform","workspace_id","author_id");