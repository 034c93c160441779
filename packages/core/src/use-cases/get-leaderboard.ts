import type { Ports } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { membersWithAccess, requireMemberAccess } from '../rules/member-access.js';

const DAY = 86_400_000;
/** How far back `/leaderboard` counts contributions. */
export const LEADERBOARD_WINDOW_DAYS = 90;
const MAX_LIMIT = 50;

export interface LeaderboardEntry {
  /** 1 for the most points; members with equal points share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly memberId: string;
  readonly displayName: string;
  readonly points: number;
  /** How many contributions make up the points. */
  readonly contributions: number;
}

export interface Leaderboard {
  readonly from: Date;
  readonly to: Date;
  readonly days: number;
  /** The best `limit` contributors, best first. */
  readonly top: readonly LeaderboardEntry[];
  /** The viewer's own entry, or null when they contributed nothing in the window. */
  readonly me: LeaderboardEntry | null;
  /** Everyone ranked (the length of the whole board). */
  readonly ranked: number;
  /** Contributors in the window among members with access, against all members with access (as on the dashboard). */
  readonly vitality: { readonly contributors: number; readonly members: number; readonly ratio: number | null };
}

/**
 * `/leaderboard`: who gave the most in the last 90 days, by contribution points, with the viewer's own rank
 * and the club's vitality. The board ranks members with access and staff (coaches who answer and teach are
 * contributors too); lapsed and deleted members drop off. Members with access and staff may look.
 */
export async function getLeaderboard(
  deps: Pick<Ports, 'uow' | 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly limit?: number },
): Promise<Leaderboard> {
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 10) || 10, 1), MAX_LIMIT);
  const to = deps.clock.now();
  const from = new Date(to.getTime() - LEADERBOARD_WINDOW_DAYS * DAY);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, input.actor, to);
    // A club has about a thousand members: one grouped query and one name lookup cover the whole board.
    const [totals, withAccess, staff] = await Promise.all([
      repos.contributions.pointsByMember(community.id, from, to),
      membersWithAccess(repos, community, to),
      repos.staff.list(community.id),
    ]);
    const staffIds = new Set(staff.map((s) => s.memberId));
    const eligible = totals.filter((t) => t.points > 0 && (withAccess.has(t.memberId) || staffIds.has(t.memberId)));
    const members = new Map(
      (
        await repos.members.getMany(
          community.id,
          eligible.map((t) => t.memberId),
        )
      )
        .filter((m) => !m.deletedAt)
        .map((m) => [m.id, m]),
    );
    const rows = eligible
      .flatMap((t) => {
        const member = members.get(t.memberId);
        return member ? [{ ...t, displayName: member.displayName }] : [];
      })
      .sort(
        (a, b) =>
          b.points - a.points ||
          a.displayName.localeCompare(b.displayName) ||
          (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0),
      );
    const board: LeaderboardEntry[] = [];
    for (const [i, row] of rows.entries()) {
      const previous = board[i - 1];
      board.push({
        rank: previous && previous.points === row.points ? previous.rank : i + 1,
        memberId: row.memberId,
        displayName: row.displayName,
        points: row.points,
        contributions: row.count,
      });
    }
    const viewer = input.actor.kind === 'member' ? input.actor.memberId : null;
    const contributors = totals.filter((t) => withAccess.has(t.memberId)).length;
    return {
      from,
      to,
      days: LEADERBOARD_WINDOW_DAYS,
      top: board.slice(0, limit),
      me: board.find((e) => e.memberId === viewer) ?? null,
      ranked: board.length,
      vitality: {
        contributors,
        members: withAccess.size,
        ratio: withAccess.size === 0 ? null : contributors / withAccess.size,
      },
    };
  });
}
