-- members.last_contributed_at: the member's latest contribution, kept beside latest_end by a statement-level trigger
-- (contributions are only ever inserted; they go with their member), so the vitality figure (members with access
-- who contributed in the window) counts one range of members_community_last_contribution_idx without visiting a
-- row per contributor. Raised only when later, so a late-recorded old contribution changes nothing.
CREATE OR REPLACE FUNCTION snowball_member_last_contribution() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE members m SET last_contributed_at = n.last_at
    FROM (SELECT member_id, community_id, max("at") AS last_at FROM new_rows GROUP BY member_id, community_id) n
    WHERE m.id = n.member_id AND m.community_id = n.community_id
      AND (m.last_contributed_at IS NULL OR m.last_contributed_at < n.last_at);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contributions_last_contribution
  AFTER INSERT ON contributions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION snowball_member_last_contribution();
--> statement-breakpoint
UPDATE members m SET last_contributed_at = c.last_at
  FROM (SELECT community_id, member_id, max("at") AS last_at FROM contributions GROUP BY community_id, member_id) c
  WHERE c.member_id = m.id AND c.community_id = m.community_id;
