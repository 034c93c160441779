import type { ContributionKind } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { button, createCommandClub, message, visibleText } from '../testing/command-club.js';

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
    // The board is opt-in: each of them turns it on with the /settings button.
    for (const m of [coach, ada, li, quiet]) {
      const shown = await m.say('/settings');
      const label = m === coach || m === li ? '在贡献榜上显示我' : 'Show me on the leaderboard';
      expect(message(await m.press(button(shown, label))).tone).toBe('success');
    }

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

  it('lists nobody who did not turn it on, and says how to, in both languages', async () => {
    const club = await createCommandClub();
    const { ports, community } = club;
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    for (const [i, m] of [ada, li].entries()) {
      await ports.contributions.record({
        id: ports.ids.id(),
        communityId: community.id,
        memberId: m.id,
        kind: 'answer',
        sourceId: `s-${i}`,
        points: 2,
        at: new Date(ports.clock.now().getTime() - DAY),
      });
    }
    const en = await ada.say('/leaderboard');
    expect(en.text).toBe('Nobody has chosen to appear on the board yet. Turn it on in /settings to be listed.');
    expect(en.fields?.[0]?.value).toBe(
      'You are not on the board: it lists only members who turn it on in /settings (Leaderboard: on).',
    );
    // Both still count, anonymously, in the vitality figure.
    expect(en.fields?.[1]?.value).toBe('100% of members contributed (2 of 2)');
    const zh = await li.say('/leaderboard');
    expect(zh.text).toBe('还没有会员选择上榜。在 /settings 中开启即可出现在排行榜上。');
    expect(zh.fields?.[0]?.value).toBe('你没有出现在排行榜上：排行榜只列出在 /settings 中开启“贡献榜”的会员。');

    // 李雷 turns it on: listed, Ada still not.
    const settings = await li.say('/settings');
    expect(visibleText(settings)).toContain('贡献榜: 关闭');
    const saved = message(await li.press(button(settings, '在贡献榜上显示我')));
    expect(visibleText(saved)).toContain('贡献榜: 开启');
    expect((await ada.say('/leaderboard')).text.split('\n')[0]).toBe('1. 李雷 — 2 points');
    expect((await li.say('/leaderboard')).fields?.[0]?.value).toBe('第 1 名（共 1 人）· 1 次贡献，2 分');
    // And off again.
    await li.press(button(message(await li.say('/settings')), '不在贡献榜上显示我'));
    expect((await ada.say('/leaderboard')).text).toContain('Nobody has chosen to appear');
  });
});
