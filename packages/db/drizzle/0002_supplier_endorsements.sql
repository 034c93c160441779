CREATE TABLE "supplier_endorsements" (
	"community_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "supplier_endorsements_pkey" PRIMARY KEY("supplier_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "supplier_endorsements" ADD CONSTRAINT "supplier_endorsements_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_endorsements" ADD CONSTRAINT "supplier_endorsements_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_endorsements" ADD CONSTRAINT "supplier_endorsements_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supplier_endorsements_member_idx" ON "supplier_endorsements" USING btree ("community_id","member_id");