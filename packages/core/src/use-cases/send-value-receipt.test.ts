import { describe, expect, it } from 'vitest';
import { createPaidMembersClub } from '../testing/paid-members-club.js';

const DAY = 86_400_000;

/** A club (Shanghai time) with Ann (zh-CN) and Ben (en), who paid on 2026-01-05, each linked on one platform. */
const club = () => createPaidMembersClub({ ownerAccount: { platform: 'slack', platformUserId: 'U-owner' } });

describe('the renewal value receipt', () => {
  it('tells each member their year in their language, once, 30 days before renewal', async () => {
    const { ports, core, communityId, ann, ben, ownerId } = await club();
    // Ann asked a question the owner answered and gave twice; Ben closed a deal.
    ports.clock.set('2026-03-01T03:00:00Z');
    const asked = await core.askQuestion({
      actor: { kind: 'member', communityId, memberId: ann, roles: [] },
      body: '怎么定价？',
    });
    await ports.questions.update({
      ...asked,
      status: 'answered',
      answer: '按价值定价',
      answeredBy: ownerId,
      answeredAt: ports.clock.now(),
    });
    for (const sourceId of ['a', 'b']) {
      await ports.contributions.record({
        id: ports.ids.id(),
        communityId,
        memberId: ann,
        kind: 'answer',
        sourceId,
        points: 5,
        at: ports.clock.now(),
      });
    }
    await ports.introductions.addDeal({
      id: ports.ids.id(),
      communityId,
      introductionId: null,
      recordedBy: ben,
      counterpartId: null,
      amountMinor: 1_234_500,
      currency: 'USD',
      note: '',
      confirmedByCounterpart: false,
      closedAt: ports.clock.now(),
      createdAt: ports.clock.now(),
    });

    // 40 days before the end: not yet. At 03:00 in Shanghai: not at night either.
    ports.clock.set(new Date(Date.parse('2027-01-05T02:00:00Z') - 40 * DAY));
    expect(await core.sendValueReceipts({ communityId })).toEqual({ considered: 0, sent: 0 });
    ports.clock.set('2026-12-04T19:00:00Z');
    expect(await core.sendValueReceipts({ communityId })).toEqual({ considered: 0, sent: 0 });
    ports.clock.set('2026-12-06T03:00:00Z'); // 11:00 in Shanghai, 30 days minus an hour before the end
    expect(await core.sendValueReceipts({ communityId })).toEqual({ considered: 2, sent: 2 });

    const [toAnn, toBen] = ports.messenger.sent;
    expect(toAnn?.account.platformUserId).toBe('U-Ann');
    expect(toAnn?.message.title).toBe('你在「Club」的年度价值清单');
    expect(toAnn?.message.text).toContain('2027');
    expect(toAnn?.message.fields).toEqual([
      { name: '你的收获', value: '• 1 个提问获得解答，解答者：Olivia' },
      { name: '你的付出', value: '为其他会员作出价值贡献 2 次（10 分）' },
    ]);
    expect(toBen?.account.platformUserId).toBe('U-Ben');
    expect(toBen?.message.title).toBe('Your year in Club');
    expect(toBen?.message.fields?.[0]?.value).toBe('• Deals closed: 1, worth 12,345 USD');
    expect(toBen?.message.fields?.[1]?.value).toContain('No contributions yet');

    // The next hourly run sends nothing again.
    ports.clock.set('2026-12-06T04:00:00Z');
    expect(await core.sendValueReceipts({ communityId })).toEqual({ considered: 2, sent: 0 });
    expect(ports.messenger.sent).toHaveLength(2);
  });

  it('alerts the owners instead when a member took part in nothing and gave nothing', async () => {
    const { ports, core, communityId, ann } = await club();
    ports.clock.set('2026-12-10T03:00:00Z');
    const result = await core.sendValueReceipt({ communityId, memberId: ann });
    expect(result).toMatchObject({ to: 'owners', status: 'sent' });
    expect(ports.messenger.sent).toHaveLength(1);
    const [alert] = ports.messenger.sent;
    expect(alert?.account.platformUserId).toBe('U-owner');
    expect(alert?.message.text).toContain('Ann');
    expect(await core.sendValueReceipt({ communityId, memberId: ann })).toMatchObject({ status: 'already_sent' });
  });
});
