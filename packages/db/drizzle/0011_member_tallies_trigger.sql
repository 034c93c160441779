-- member_tallies: current (not deleted) members per club and UTC day of their latest membership end
-- ('-infinity': none yet), kept by a trigger on members, so status counts read a few hundred rows whatever the
-- size of the club. The two buckets a change touches are locked in day order, so concurrent moves cannot deadlock.
CREATE OR REPLACE FUNCTION snowball_member_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_day date;
  new_day date;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
    old_day := coalesce((OLD.latest_end AT TIME ZONE 'UTC')::date, '-infinity'::date);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
    new_day := coalesce((NEW.latest_end AT TIME ZONE 'UTC')::date, '-infinity'::date);
  END IF;
  IF TG_OP = 'UPDATE' AND old_day IS NOT DISTINCT FROM new_day AND OLD.community_id = NEW.community_id THEN
    RETURN NULL;
  END IF;
  IF new_day IS NOT NULL AND (old_day IS NULL OR new_day < old_day) THEN
    INSERT INTO member_tallies (community_id, end_day, members) VALUES (NEW.community_id, new_day, 1)
      ON CONFLICT (community_id, end_day) DO UPDATE SET members = member_tallies.members + 1;
    new_day := NULL;
  END IF;
  IF old_day IS NOT NULL THEN
    UPDATE member_tallies SET members = members - 1 WHERE community_id = OLD.community_id AND end_day = old_day;
  END IF;
  IF new_day IS NOT NULL THEN
    INSERT INTO member_tallies (community_id, end_day, members) VALUES (NEW.community_id, new_day, 1)
      ON CONFLICT (community_id, end_day) DO UPDATE SET members = member_tallies.members + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER members_tally
  AFTER INSERT OR UPDATE OF latest_end, deleted_at, community_id OR DELETE ON members
  FOR EACH ROW EXECUTE FUNCTION snowball_member_tally();
--> statement-breakpoint
INSERT INTO member_tallies (community_id, end_day, members)
  SELECT community_id, coalesce((latest_end AT TIME ZONE 'UTC')::date, '-infinity'::date), count(*)::int
  FROM members WHERE deleted_at IS NULL
  GROUP BY 1, 2
  ON CONFLICT (community_id, end_day) DO UPDATE SET members = EXCLUDED.members;
