import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';

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
  /** The viewer's own entry, or null when they contributed nothing in the window or are not listed. */
  readonly me: LeaderboardEntry | null;
  /** Whether the viewer turned on being listed (`/settings`); off by default. */
  readonly listed: boolean;
  /** Everyone ranked (the length of the whole board: members who turned on being listed). */
  readonly ranked: number;
  /** Contributors in the window among members with access, against all members with access (as on the dashboard). */
  readonly vitality: { readonly contributors: number; readonly members: number; readonly ratio: number | null };
}

/**
 * `/leaderboard`: who gave the most in the last 90 days, by contribution points, with the viewer's own rank
 * and the club's vitality. The board ranks members with access and staff (coaches who answer and teach are
 * contributors too); lapsed and deleted members drop off. Members with access and staff may look.
 * The board is opt-in: only members who turned on being listed in `/settings` appear (by name, with a rank);
 * the others are left out of the board entirely and count only, anonymously, in the vitality figure.
 */
export async function getLeaderboard(
  deps: Uow<'communities' | 'contributions' | 'figures' | 'members' | 'memberships' | 'profiles' | 'staff'> &
    Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly limit?: number },
): Promise<Leaderboard> {
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? 10) || 10, 1), MAX_LIMIT);
  const to = deps.clock.now();
  const from = new Date(to.getTime() - LEADERBOARD_WINDOW_DAYS * DAY);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, input.actor, to);
    // Only the window's contributors are read (never the whole club): their totals, which of them have access
    // now, and the club's counts for the vitality figure.
    const accessAfter = new Date(to.getTime() - community.settings.graceDays * DAY);
    const [totals, staff, vitality] = await Promise.all([
      repos.contributions.pointsByMember(community.id, from, to),
      repos.staff.list(community.id),
      repos.figures.contributorsWithAccess(community.id, accessAfter, from, to),
    ]);
    const withAccess = new Set(
      await repos.figures.withAccessAmong(
        community.id,
        totals.map((t) => t.memberId),
        accessAfter,
      ),
    );
    const staffIds = new Set(staff.map((s) => s.memberId));
    const viewer = input.actor.kind === 'member' ? input.actor.memberId : null;
    const contributing = totals.filter((t) => t.points > 0 && (withAccess.has(t.memberId) || staffIds.has(t.memberId)));
    const optedIn = new Set(
      await repos.profiles.leaderboardOptedIn(community.id, [
        ...contributing.map((t) => t.memberId),
        ...(viewer ? [viewer] : []),
      ]),
    );
    const eligible = contributing.filter((t) => optedIn.has(t.memberId));
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
    return {
      from,
      to,
      days: LEADERBOARD_WINDOW_DAYS,
      top: board.slice(0, limit),
      me: board.find((e) => e.memberId === viewer) ?? null,
      listed: viewer !== null && optedIn.has(viewer),
      ranked: board.length,
      vitality: {
        contributors: vitality.contributors,
        members: vitality.members,
        ratio: vitality.members === 0 ? null : vitality.contributors / vitality.members,
      },
    };
  });
}
