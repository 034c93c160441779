-- members.latest_end: the latest end of a member's membership periods, kept here by a trigger so the panel's
-- lists and counts by membership status read one indexed column instead of aggregating every period.
-- A new period raises it with greatest() (safe when two payments land at once: the row lock orders them);
-- a changed or removed period recomputes it.
CREATE OR REPLACE FUNCTION snowball_member_latest_end() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE members SET latest_end = greatest(latest_end, NEW.ends_at)
      WHERE id = NEW.member_id AND community_id = NEW.community_id;
    RETURN NULL;
  END IF;
  UPDATE members SET latest_end = (
      SELECT max(ends_at) FROM membership_periods
      WHERE community_id = OLD.community_id AND member_id = OLD.member_id)
    WHERE id = OLD.member_id AND community_id = OLD.community_id;
  IF TG_OP = 'UPDATE' AND (NEW.member_id <> OLD.member_id OR NEW.community_id <> OLD.community_id) THEN
    UPDATE members SET latest_end = (
        SELECT max(ends_at) FROM membership_periods
        WHERE community_id = NEW.community_id AND member_id = NEW.member_id)
      WHERE id = NEW.member_id AND community_id = NEW.community_id;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE members SET latest_end = greatest(latest_end, NEW.ends_at)
      WHERE id = NEW.member_id AND community_id = NEW.community_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER membership_periods_latest_end
  AFTER INSERT OR UPDATE OF ends_at, member_id, community_id OR DELETE ON membership_periods
  FOR EACH ROW EXECUTE FUNCTION snowball_member_latest_end();
--> statement-breakpoint
UPDATE members m SET latest_end = e.latest_end
  FROM (SELECT member_id, max(ends_at) AS latest_end FROM membership_periods GROUP BY member_id) e
  WHERE e.member_id = m.id;
