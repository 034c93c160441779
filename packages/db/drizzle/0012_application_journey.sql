ALTER TABLE "deliveries" ALTER COLUMN "member_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reason_shared" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "info_answer" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "info_answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "vouched_at" timestamp with time zone;