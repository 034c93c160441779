CREATE TABLE "vitality_days" (
	"community_id" uuid NOT NULL,
	"day" date NOT NULL,
	"members" integer NOT NULL,
	"contributors_30" integer NOT NULL,
	"contributors_90" integer NOT NULL,
	"takers_30" integer NOT NULL,
	"new_contributors_30" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "vitality_days_pkey" PRIMARY KEY("community_id","day")
);
--> statement-breakpoint
ALTER TABLE "moderation_cases" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "moderation_cases" ADD COLUMN "appealed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "moderation_cases" ADD COLUMN "appeal_outcome" text;--> statement-breakpoint
ALTER TABLE "moderation_cases" ADD COLUMN "evidence_purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vitality_days" ADD CONSTRAINT "vitality_days_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_cases_community_status_created_idx" ON "moderation_cases" USING btree ("community_id","status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "moderation_cases_evidence_due_idx" ON "moderation_cases" USING btree ("community_id","decided_at") WHERE "moderation_cases"."evidence_purged_at" is null and "moderation_cases"."status" in ('upheld', 'dismissed');