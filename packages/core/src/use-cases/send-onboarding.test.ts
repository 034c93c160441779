import { describe, expect, it } from 'vitest';
import { createPaidMembersClub } from '../testing/paid-members-club.js';

/** A club (Shanghai time) where Ann (zh-CN, Discord) and Ben (en, Slack) paid at 10:00 local on 5 January. */
const club = () => createPaidMembersClub();

const to = (sent: { account: { platformUserId: string } }[]) => sent.map((s) => s.account.platformUserId);

describe('onboarding direct messages', () => {
  it('welcomes each new member in their language with the next lesson, once, and nudges an empty profile on day 3', async () => {
    const { ports, core, communityId, owner, ann, ben } = await club();
    await core.scheduleLesson({
      actor: owner,
      communityId,
      title: 'Pricing 定价',
      startsAt: new Date('2026-01-08T12:00:00Z'),
      durationMinutes: 60,
      capacity: null,
    });
    expect(await core.sendOnboarding({ communityId })).toEqual({ considered: 2, welcomed: 2, nudged: 0 });
    const [toAnn, toBen] = ports.messenger.sent;
    expect(toAnn?.account.platformUserId).toBe('U-Ann');
    expect(toAnn?.message.title).toBe('欢迎加入「Club」');
    expect(toAnn?.message.text).toContain('用 /ask 向导师提问');
    expect(toAnn?.message.text).toContain('用 /profile 完善你的资料');
    expect(toAnn?.message.text).toContain('下一节课：Pricing 定价，');
    expect(toBen?.message.title).toBe('Welcome to Club');
    expect(toBen?.message.text).toContain('Your membership has started, Ben.');
    expect(toBen?.message.text).toContain('Ask the coaches anything with /ask');
    expect(toBen?.message.text).toContain('Next lesson: Pricing 定价, ');
    // Every hourly run after that: nothing again.
    ports.clock.set('2026-01-05T05:00:00Z');
    expect(await core.sendOnboarding({ communityId })).toMatchObject({ welcomed: 0, nudged: 0 });
    ports.clock.set('2026-01-06T02:00:00Z');
    expect(await core.sendOnboarding({ communityId })).toMatchObject({ welcomed: 0, nudged: 0 });
    expect(ports.messenger.sent).toHaveLength(2);

    // Ben fills in his profile; on day 3 only Ann, whose profile is still empty, is nudged, once.
    await core.updateProfile({
      actor: { kind: 'member', communityId, memberId: ben, roles: [] },
      communityId,
      patch: { company: 'Acme' },
    });
    ports.clock.set('2026-01-08T01:00:00Z'); // 09:00 local on day 3
    expect(await core.sendOnboarding({ communityId })).toMatchObject({ welcomed: 0, nudged: 1 });
    expect(to(ports.messenger.sent.slice(2))).toEqual(['U-Ann']);
    expect(ports.messenger.sent[2]?.message.title).toBe('其他会员还找不到你');
    expect(ports.messenger.sent[2]?.message.text).toContain('/profile');
    ports.clock.set('2026-01-09T03:00:00Z');
    expect(await core.sendOnboarding({ communityId })).toMatchObject({ welcomed: 0, nudged: 0 });
    // Later than the window: nobody is looked at.
    ports.clock.set('2026-01-12T03:00:00Z');
    expect(await core.sendOnboarding({ communityId })).toEqual({ considered: 0, welcomed: 0, nudged: 0 });
    expect(ports.messenger.sent).toHaveLength(3);
    expect(ann).not.toBe(ben);
  });

  it('sends nothing at night, welcomes a member who joined in the evening the next morning, and stops when access ends', async () => {
    const { ports, core, community, communityId, join } = await club();
    ports.clock.set('2026-01-05T14:00:00Z'); // 22:00 local
    const cara = await join('Cara', 'en', 'slack');
    expect(await core.sendOnboarding({ communityId })).toEqual({ considered: 0, welcomed: 0, nudged: 0 });
    ports.clock.set('2026-01-06T01:30:00Z'); // 09:30 local, day 1 for Cara
    const run = await core.sendOnboarding({ communityId });
    expect(run).toMatchObject({ considered: 3, welcomed: 3 });
    expect(to(ports.messenger.sent)).toContain('U-Cara');
    // Staff end Cara's membership a day later (and the club gives no grace): no nudge, though her profile is empty.
    await ports.communities.updateSettings(community.id, { ...community.settings, graceDays: 0 });
    const [period] = await ports.memberships.listForMember(communityId, cara);
    if (!period) throw new Error('no period');
    await ports.memberships.endPeriod(communityId, period.id, new Date('2026-01-07T01:00:00Z'));
    ports.clock.set('2026-01-09T03:00:00Z'); // day 3 for Cara (day 4 for Ann and Ben: nudged, profiles empty)
    const sentBefore = ports.messenger.sent.length;
    expect(await core.sendOnboarding({ communityId })).toMatchObject({ considered: 3, welcomed: 0, nudged: 2 });
    expect(to(ports.messenger.sent.slice(sentBefore))).toEqual(['U-Ann', 'U-Ben']);
  });
});
