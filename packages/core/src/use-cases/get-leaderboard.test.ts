import { describe, expect, it } from 'vitest';
import type { ContributionKind } from '../domain/contribution.js';
import { emptyProfile } from '../domain/profile.js';
import { createClubFixture } from '../testing/club-fixture.js';

const DAY = 86_400_000;

describe('getLeaderboard', () => {
  it('ranks contributors of the last 90 days by points, ties sharing a rank, with my rank and vitality', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const ada = await club.addMember({ name: 'Ada' });
    const bo = await club.addMember({ name: 'Bo' });
    const cy = await club.addMember({ name: 'Cy' });
    const quiet = await club.addMember({ name: 'Quiet' });
    const unpaid = await club.addMember({ name: 'Unpaid', paid: false });
    const coach = await club.makeCoach(await club.addMember({ name: 'Coach', paid: false }));
    const now = ports.clock.now().getTime();
    let n = 0;
    const give = async (memberId: string, points: number, daysAgo: number, kind: ContributionKind = 'answer') => {
      n += 1;
      await ports.contributions.record({
        id: ports.ids.id(),
        communityId,
        memberId,
        kind,
        sourceId: `src-${n}`,
        points,
        at: new Date(now - daysAgo * DAY),
      });
    };
    await give(ada.memberId, 1, 1);
    await give(ada.memberId, 3, 10, 'lesson');
    await give(bo.memberId, 2, 5, 'deal');
    await give(cy.memberId, 2, 89);
    await give(cy.memberId, 50, 91); // outside the window
    await give(unpaid.memberId, 9, 1); // no access: off the board, not a contributor
    await give(coach.memberId, 5, 2); // staff count on the board
    // The board is opt-in: everyone here turned it on (the settings path is tested below).
    for (const m of [ada, bo, cy, quiet, unpaid, coach]) {
      await ports.profiles.upsert({
        ...emptyProfile(communityId, m.memberId, ports.clock.now()),
        leaderboardOptIn: true,
      });
    }

    const board = await core.getLeaderboard({ actor: bo, communityId });
    expect(board.top.map((e) => [e.rank, e.displayName, e.points])).toEqual([
      [1, 'Coach', 5],
      [2, 'Ada', 4],
      [3, 'Bo', 2],
      [3, 'Cy', 2],
    ]);
    expect(board.me).toMatchObject({ rank: 3, points: 2, contributions: 1 });
    expect(board.listed).toBe(true);
    expect(board.ranked).toBe(4);
    // Ada, Bo and Cy of the four paying members (Quiet gave nothing); the coach and the owner have no membership.
    expect(board.vitality).toEqual({ contributors: 3, members: 4, ratio: 0.75 });

    expect((await core.getLeaderboard({ actor: quiet, communityId })).me).toBeNull();
    expect((await core.getLeaderboard({ actor: bo, communityId, limit: 1 })).top.map((e) => e.displayName)).toEqual([
      'Coach',
    ]);
    await expect(core.getLeaderboard({ actor: unpaid, communityId })).rejects.toMatchObject({
      code: 'membership.none',
    });
  });

  it('lists only members who turned it on in /settings (off by default); the others count anonymously in vitality', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const ada = await club.addMember({ name: 'Ada' });
    const bo = await club.addMember({ name: 'Bo' });
    const cy = await club.addMember({ name: 'Cy' });
    const now = ports.clock.now().getTime();
    for (const [i, m] of [ada, bo, cy].entries()) {
      await ports.contributions.record({
        id: ports.ids.id(),
        communityId,
        memberId: m.memberId,
        kind: 'answer',
        sourceId: `src-${i}`,
        points: 3 - i,
        at: new Date(now - DAY),
      });
    }

    // Nobody opted in: nobody is named, but the three still count in the vitality figure.
    expect((await core.getMemberSettings({ actor: ada, communityId })).leaderboard).toBe(false);
    const none = await core.getLeaderboard({ actor: ada, communityId });
    expect(none.top).toEqual([]);
    expect(none.ranked).toBe(0);
    expect(none.me).toBeNull();
    expect(none.listed).toBe(false);
    expect(none.vitality).toEqual({ contributors: 3, members: 3, ratio: 1 });

    // Bo turns it on: only Bo is listed, ranked among those listed.
    const saved = await core.updateMemberSettings({ actor: bo, communityId, patch: { leaderboard: true } });
    expect(saved.leaderboard).toBe(true);
    const board = await core.getLeaderboard({ actor: bo, communityId });
    expect(board.top.map((e) => [e.rank, e.displayName, e.points])).toEqual([[1, 'Bo', 2]]);
    expect(board.me).toMatchObject({ rank: 1, points: 2 });
    expect(board.listed).toBe(true);
    const seenByAda = await core.getLeaderboard({ actor: ada, communityId });
    expect(seenByAda.me).toBeNull();
    expect(seenByAda.listed).toBe(false);

    // Other settings changes keep the choice; turning it off removes Bo again.
    await core.updateMemberSettings({ actor: bo, communityId, patch: { visibility: 'staff' } });
    expect((await core.getMemberSettings({ actor: bo, communityId })).leaderboard).toBe(true);
    await core.updateMemberSettings({ actor: bo, communityId, patch: { leaderboard: false } });
    expect((await core.getLeaderboard({ actor: bo, communityId })).top).toEqual([]);

    // A value that is not true or false is refused and changes nothing.
    await expect(
      core.updateMemberSettings({
        actor: ada,
        communityId,
        patch: { leaderboard: 'yes' as unknown as boolean },
      }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });
    expect((await core.getMemberSettings({ actor: ada, communityId })).leaderboard).toBe(false);
  });
});
