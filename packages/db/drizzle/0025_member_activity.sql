CREATE TABLE "member_activity" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"first_gave_at" timestamp with time zone,
	"last_gave_at" timestamp with time zone,
	"points" integer DEFAULT 0 NOT NULL,
	"last_took_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "member_activity" ADD CONSTRAINT "member_activity_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_activity" ADD CONSTRAINT "member_activity_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_activity_last_gave_idx" ON "member_activity" USING btree ("community_id","last_gave_at");--> statement-breakpoint
CREATE INDEX "member_activity_last_took_idx" ON "member_activity" USING btree ("community_id","last_took_at");--> statement-breakpoint
CREATE INDEX "member_activity_first_gave_idx" ON "member_activity" USING btree ("community_id","first_gave_at");--> statement-breakpoint
-- member_activity: each member's first and last contribution, all-time points, and last question asked or
-- introduction received, kept by statement-level triggers in the same transaction as the event (one upsert per
-- statement, rows in member order so concurrent statements lock alike), then backfilled from the source tables.
CREATE OR REPLACE FUNCTION snowball_member_activity_gave() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO member_activity (member_id, community_id, first_gave_at, last_gave_at, points)
    SELECT member_id, community_id, min("at"), max("at"), sum(points)::int
    FROM new_rows GROUP BY member_id, community_id ORDER BY member_id
    ON CONFLICT (member_id) DO UPDATE SET
      first_gave_at = least(member_activity.first_gave_at, EXCLUDED.first_gave_at),
      last_gave_at = greatest(member_activity.last_gave_at, EXCLUDED.last_gave_at),
      points = member_activity.points + EXCLUDED.points;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contributions_member_activity
  AFTER INSERT ON contributions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_member_activity_gave();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION snowball_member_activity_asked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO member_activity (member_id, community_id, last_took_at)
    SELECT member_id, community_id, max(created_at)
    FROM new_rows GROUP BY member_id, community_id ORDER BY member_id
    ON CONFLICT (member_id) DO UPDATE SET
      last_took_at = greatest(member_activity.last_took_at, EXCLUDED.last_took_at);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER questions_member_activity
  AFTER INSERT ON questions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_member_activity_asked();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION snowball_member_activity_introduced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO member_activity (member_id, community_id, last_took_at)
    SELECT member_id, community_id, max(introduced_at) FROM (
      SELECT member_a AS member_id, community_id, introduced_at FROM new_rows
        WHERE status = 'introduced' AND introduced_at IS NOT NULL
      UNION ALL
      SELECT member_b, community_id, introduced_at FROM new_rows
        WHERE status = 'introduced' AND introduced_at IS NOT NULL
    ) t
    GROUP BY member_id, community_id ORDER BY member_id
    ON CONFLICT (member_id) DO UPDATE SET
      last_took_at = greatest(member_activity.last_took_at, EXCLUDED.last_took_at);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER introductions_insert_member_activity
  AFTER INSERT ON introductions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_member_activity_introduced();
--> statement-breakpoint
CREATE TRIGGER introductions_update_member_activity
  AFTER UPDATE ON introductions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_member_activity_introduced();
--> statement-breakpoint
INSERT INTO member_activity (member_id, community_id, first_gave_at, last_gave_at, points)
  SELECT member_id, community_id, min("at"), max("at"), sum(points)::int
  FROM contributions GROUP BY member_id, community_id;
--> statement-breakpoint
INSERT INTO member_activity (member_id, community_id, last_took_at)
  SELECT member_id, community_id, max("at") FROM (
    SELECT member_id, community_id, created_at AS "at" FROM questions
    UNION ALL
    SELECT member_a, community_id, introduced_at FROM introductions WHERE status = 'introduced' AND introduced_at IS NOT NULL
    UNION ALL
    SELECT member_b, community_id, introduced_at FROM introductions WHERE status = 'introduced' AND introduced_at IS NOT NULL
  ) t
  GROUP BY member_id, community_id
  ON CONFLICT (member_id) DO UPDATE SET last_took_at = EXCLUDED.last_took_at;
