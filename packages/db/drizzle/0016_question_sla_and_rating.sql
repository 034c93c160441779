ALTER TABLE "questions" ADD COLUMN "resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "rating" smallint;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "rating_comment" text;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "faq_consent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "sla_reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "sla_escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "proposed_by" uuid;--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "met_a_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "introductions" ADD COLUMN "met_b_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_proposed_by_members_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "introductions_proposed_by_idx" ON "introductions" USING btree ("community_id","proposed_by");