import type { ContributionKind } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { createCommandClub } from '../testing/command-club.js';

const DAY = 86_400_000;

describe('/leaderboard', () => {
  it('ranks contributors of the last 90 days, with my rank and the club’s vitality, in both languages', async () => {
    const club = await createCommandClub();
    const { ports, community } = club;
    const coach = await club.add({ name: 'Coach Chen', locale: 'zh-CN', roles: ['coach'], membership: 'none' });
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    const quiet = await club.add({ name: 'Quiet Qi', locale: 'en' });
    const now = ports.clock.now().getTime();
    let n = 0;
    const give = async (memberId: string, points: number, daysAgo: number, kind: ContributionKind = 'answer') => {
      n += 1;
      await ports.contributions.record({
        id: ports.ids.id(),
        communityId: community.id,
        memberId,
        kind,
        sourceId: `s-${n}`,
        points,
        at: new Date(now - daysAgo * DAY),
      });
    };
    await give(coach.id, 3, 3, 'lesson');
    await give(coach.id, 1, 4);
    await give(ada.id, 1, 1, 'intro');
    await give(ada.id, 1, 2, 'deal');
    await give(li.id, 1, 5, 'supplier_tip');
    await give(li.id, 10, 120); // too long ago to count

    const en = await ada.say('/leaderboard');
    expect(en.private).toBe(true);
    expect(en.title).toBe('Top contributors · last 90 days');
    expect(en.text.split('\n').slice(0, 3)).toEqual([
      '1. Coach Chen — 4 points',
      '2. Ada — 2 points',
      '3. 李雷 — 1 point',
    ]);
    expect(en.fields).toEqual([
      { name: 'You', value: '#2 of 3 · 2 points from 2 contributions' },
      // Ada and 李雷 of the three paying members; the coach has no membership of their own.
      { name: 'Club vitality', value: '67% of members contributed (2 of 3)' },
    ]);

    const zh = await li.say('/leaderboard');
    expect(zh.title).toBe('价值贡献者 · 近 90 天');
    expect(zh.text).toContain('3. 李雷 — 1 分');
    expect(zh.fields?.[0]).toEqual({ name: '我的排名', value: '第 3 名（共 3 人）· 1 次贡献，1 分' });
    expect(zh.fields?.[1]?.value).toBe('67% 的会员做出了价值贡献（3 人中 2 人）');

    expect((await quiet.say('/leaderboard')).fields?.[0]?.value).toBe('No contributions in the last 90 days yet.');
  });

  it('invites the first contribution when the board is empty', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const board = await ada.say('/leaderboard');
    expect(board.text).toContain('Nobody has contributed in the last 90 days yet.');
    expect(board.fields?.[1]?.value).toBe('0% of members contributed (0 of 1)');
  });
});
