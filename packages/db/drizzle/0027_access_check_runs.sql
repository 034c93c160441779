CREATE TABLE "access_check_runs" (
	"community_id" uuid PRIMARY KEY NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"run" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_check_runs" ADD CONSTRAINT "access_check_runs_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_accounts_workspace_user_idx" ON "platform_accounts" USING btree ("community_id","platform","workspace_id",("platform_user_id" collate "C"));