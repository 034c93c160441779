CREATE TABLE "slack_installations" (
	"team_id" text PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"team_name" text,
	"enterprise_id" text,
	"app_id" text,
	"bot_user_id" text NOT NULL,
	"bot_id" text,
	"bot_token_ciphertext" text NOT NULL,
	"scopes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"installed_by" text,
	"installed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "slack_installations" ADD CONSTRAINT "slack_installations_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "slack_installations_community_idx" ON "slack_installations" USING btree ("community_id");