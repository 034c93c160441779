ALTER TABLE "members" ADD COLUMN "referral_code" text;--> statement-breakpoint
CREATE UNIQUE INDEX "members_community_referral_code_key" ON "members" USING btree ("community_id","referral_code");