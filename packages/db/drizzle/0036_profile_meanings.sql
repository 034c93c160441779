ALTER TABLE "profiles" ADD COLUMN "meaning" "bytea";--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "meaning_version" text;