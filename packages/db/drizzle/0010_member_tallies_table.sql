CREATE TABLE "member_tallies" (
	"community_id" uuid NOT NULL,
	"end_day" date NOT NULL,
	"members" integer NOT NULL,
	CONSTRAINT "member_tallies_pkey" PRIMARY KEY("community_id","end_day")
);
--> statement-breakpoint
ALTER TABLE "member_tallies" ADD CONSTRAINT "member_tallies_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;