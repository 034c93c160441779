CREATE TABLE "vitality_late_events" (
	"community_id" uuid PRIMARY KEY NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"marked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "member_activity" ADD COLUMN "first_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "member_activity" ADD COLUMN "first_ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "member_activity" ADD COLUMN "renewed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "member_activity" ADD COLUMN "access" "tstzmultirange";--> statement-breakpoint
ALTER TABLE "vitality_days" ADD COLUMN "final" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "vitality_late_events" ADD CONSTRAINT "vitality_late_events_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- member_activity also keeps each member's cohort facts from their membership periods: the first period (earliest
-- start, then earliest end), whether any period is a renewal, and the union of the periods, recomputed for the
-- members a statement touched (statement-level triggers, rows in member order so concurrent statements lock alike).
CREATE OR REPLACE FUNCTION snowball_member_activity_periods_of(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO member_activity AS a (member_id, community_id, first_started_at, first_ended_at, renewed, access)
    SELECT p.member_id, (array_agg(p.community_id))[1], min(p.starts_at),
      (array_agg(p.ends_at ORDER BY p.starts_at, p.ends_at))[1], bool_or(p.kind = 'renewal'),
      range_agg(tstzrange(p.starts_at, greatest(p.starts_at, p.ends_at)))
    FROM membership_periods p WHERE p.member_id = ANY(ids)
    GROUP BY p.member_id ORDER BY p.member_id
    ON CONFLICT (member_id) DO UPDATE SET
      first_started_at = EXCLUDED.first_started_at, first_ended_at = EXCLUDED.first_ended_at,
      renewed = EXCLUDED.renewed, access = EXCLUDED.access;
  UPDATE member_activity a SET first_started_at = NULL, first_ended_at = NULL, renewed = false, access = NULL
    WHERE a.member_id = ANY(ids) AND a.first_started_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM membership_periods p WHERE p.member_id = a.member_id);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION snowball_member_activity_periods_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM snowball_member_activity_periods_of(ARRAY(SELECT DISTINCT member_id FROM new_rows ORDER BY 1));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION snowball_member_activity_periods_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM snowball_member_activity_periods_of(ARRAY(SELECT DISTINCT member_id FROM old_rows ORDER BY 1));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER membership_periods_insert_member_activity
  AFTER INSERT ON membership_periods REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_member_activity_periods_new();
--> statement-breakpoint
CREATE TRIGGER membership_periods_update_member_activity
  AFTER UPDATE ON membership_periods REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_member_activity_periods_new();
--> statement-breakpoint
CREATE TRIGGER membership_periods_delete_member_activity
  AFTER DELETE ON membership_periods REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_member_activity_periods_old();
--> statement-breakpoint
SELECT snowball_member_activity_periods_of(ARRAY(SELECT DISTINCT member_id FROM membership_periods ORDER BY 1));
--> statement-breakpoint
-- Late events: an event dated before the start of its club's local day (as of the inserting transaction) marks
-- the club's vitality days from then on for recomputation. TG_ARGV[0] is a query of (community_id, instant) over
-- the statement's transition table.
CREATE OR REPLACE FUNCTION snowball_vitality_late() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    INSERT INTO vitality_late_events AS v (community_id, since, marked_at)
      SELECT e.community_id, min(e.at), date_trunc('milliseconds', clock_timestamp())
      FROM (%s) AS e(community_id, at)
      JOIN communities c ON c.id = e.community_id
      WHERE e.at < ((now() AT TIME ZONE coalesce(c.settings->>'timezone', 'UTC'))::date::timestamp
        AT TIME ZONE coalesce(c.settings->>'timezone', 'UTC'))
      GROUP BY e.community_id ORDER BY e.community_id
      ON CONFLICT (community_id) DO UPDATE SET
        since = least(v.since, EXCLUDED.since), marked_at = EXCLUDED.marked_at
  $q$, TG_ARGV[0]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contributions_vitality_late
  AFTER INSERT ON contributions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT community_id, "at" FROM new_rows');
--> statement-breakpoint
CREATE TRIGGER questions_vitality_late
  AFTER INSERT ON questions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT community_id, created_at FROM new_rows');
--> statement-breakpoint
CREATE TRIGGER introductions_insert_vitality_late
  AFTER INSERT ON introductions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT community_id, introduced_at FROM new_rows WHERE status = ''introduced'' AND introduced_at IS NOT NULL');
--> statement-breakpoint
CREATE TRIGGER introductions_update_vitality_late
  AFTER UPDATE ON introductions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT community_id, introduced_at FROM new_rows WHERE introduced_at IS NOT NULL');
--> statement-breakpoint
CREATE TRIGGER rsvps_insert_vitality_late
  AFTER INSERT ON rsvps REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT r.community_id, l.starts_at FROM new_rows r JOIN lessons l ON l.id = r.lesson_id');
--> statement-breakpoint
CREATE TRIGGER rsvps_update_vitality_late
  AFTER UPDATE ON rsvps REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT r.community_id, l.starts_at FROM new_rows r JOIN lessons l ON l.id = r.lesson_id');
--> statement-breakpoint
CREATE TRIGGER lessons_update_vitality_late
  AFTER UPDATE ON lessons REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT n.community_id, least(n.starts_at, o.starts_at) FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.status IS DISTINCT FROM o.status OR n.starts_at IS DISTINCT FROM o.starts_at');
--> statement-breakpoint
CREATE TRIGGER membership_periods_insert_vitality_late
  AFTER INSERT ON membership_periods REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT community_id, starts_at FROM new_rows');
--> statement-breakpoint
CREATE TRIGGER membership_periods_update_vitality_late
  AFTER UPDATE ON membership_periods REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT n.community_id, least(n.ends_at, o.ends_at, CASE WHEN n.starts_at IS DISTINCT FROM o.starts_at THEN least(n.starts_at, o.starts_at) END) FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.starts_at IS DISTINCT FROM o.starts_at OR n.ends_at IS DISTINCT FROM o.ends_at');
--> statement-breakpoint
CREATE TRIGGER membership_periods_delete_vitality_late
  AFTER DELETE ON membership_periods REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_vitality_late('SELECT community_id, starts_at FROM old_rows');
