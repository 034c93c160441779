import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { keyInstant } from '../domain/delivery-key.js';
import { INTRO_FOLLOW_UP_JOB, introFollowUpKey, parseIntroFollowUpKey } from '../domain/intro-follow-up.js';
import type { Introduction } from '../domain/introduction.js';
import { DeliveryError } from '../ports/messenger.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub } from '../testing/network-club.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

// 李雷 and Sam accept each other; introFollowUpDays is the club default, 14. `stored`: the introduction is
// written as made but not announced yet (respondToIntro announces it), for the tests of notifyIntro itself.
async function introduced(how: 'answered' | 'stored' = 'answered') {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const club = await createNetworkClub(ports, [
    { name: '李雷', locale: 'zh-CN' },
    { name: 'Sam Tan', locale: 'en' },
  ]);
  const [li, sam] = club.members;
  if (!li || !sam) throw new Error('members missing');
  const communityId = club.community.id;
  const id = ports.ids.id();
  await ports.introductions.create({
    id,
    communityId,
    memberA: li.id,
    memberB: sam.id,
    answerA: 'pending',
    answerB: 'pending',
    status: 'proposed',
    score: 1,
    reason: '物流 ↔ 电商',
    roundId: null,
    introducedAt: null,
    followUpAt: null,
    followUpOutcome: null,
    createdAt: ports.clock.now(),
  });
  let intro: Introduction;
  if (how === 'answered') {
    await core.respondToIntro({ actor: li.actor, communityId, introductionId: id, answer: 'accept' });
    intro = await core.respondToIntro({ actor: sam.actor, communityId, introductionId: id, answer: 'accept' });
  } else {
    intro = await storeIntroduced(ports, communityId, id);
  }
  const followUps = (to: string) => ports.messenger.sent.filter((s) => s.account.memberId === to && s.message.buttons);
  const ask = (memberId: string, expectedFollowUpAt?: Date) =>
    core.sendIntroFollowUp({
      communityId,
      introductionId: id,
      memberId,
      ...(expectedFollowUpAt ? { expectedFollowUpAt } : {}),
    });
  const row = async () => (await ports.introductions.get(communityId, id)) as Introduction;
  return { ports, core, communityId, li, sam, id, intro, followUps, ask, row };
}

async function storeIntroduced(
  ports: ReturnType<typeof createTestPorts>,
  communityId: string,
  id: string,
): Promise<Introduction> {
  const now = ports.clock.now();
  const row = (await ports.introductions.get(communityId, id)) as Introduction;
  const made: Introduction = {
    ...row,
    answerA: 'accepted',
    answerB: 'accepted',
    status: 'introduced',
    introducedAt: now,
    followUpAt: new Date(now.getTime() + 14 * DAY),
  };
  await ports.introductions.update(made);
  return made;
}

describe('introduction follow-up', () => {
  it('asks each side once, when followUpAt comes, with Yes / Not yet / No', async () => {
    const { ports, core, communityId, li, sam, id, intro, followUps, ask } = await introduced();
    const at = intro.followUpAt as Date;
    expect(at.getTime()).toBe(ports.clock.now().getTime() + 14 * DAY);

    // Planned by the reconcile only once it is within 48 hours, one job per member under the delivery key.
    expect((await core.scheduleIntroFollowUps({ communityId })).scheduled).toEqual([]);
    ports.clock.advance(12 * DAY + HOUR);
    const { scheduled } = await core.scheduleIntroFollowUps({ communityId });
    expect(scheduled.map((j) => [j.name, j.id, j.runAt])).toEqual([
      [INTRO_FOLLOW_UP_JOB, introFollowUpKey(id, li.id, at), at],
      [INTRO_FOLLOW_UP_JOB, introFollowUpKey(id, sam.id, at), at],
    ]);
    expect(scheduled[0]?.data).toEqual({ communityId, introductionId: id, memberId: li.id, key: scheduled[0]?.id });

    // Too early (a job a day ahead of time) sends nothing.
    expect(await ask(li.id)).toMatchObject({ status: 'skipped', reason: 'not_due' });
    expect(followUps(li.id)).toEqual([]);

    ports.clock.set(at);
    for (const member of [li, sam]) {
      expect(await ask(member.id, at)).toEqual({
        key: `intro-follow-up:${id}:${member.id}:${keyInstant(at)}`,
        status: 'sent',
        reason: null,
      });
    }
    const [toLi] = followUps(li.id);
    expect(toLi?.message.title).toBe('这次引荐促成合作了吗？');
    expect(toLi?.message.text).toContain('Sam Tan');
    expect(toLi?.message.buttons?.map((b) => b.action)).toEqual([
      `deal:start:${id}`,
      `intros:met:${id}`,
      `intros:notyet:${id}.${keyInstant(at)}`,
      `intros:nodeal:${id}.${keyInstant(at)}`,
    ]);
    // Discord custom ids hold 100 characters, and DM buttons get `dm/<guild id>/` in front (dmCustomId).
    for (const b of toLi?.message.buttons ?? []) expect(`dm/${'9'.repeat(20)}/${b.action}`.length).toBeLessThan(100);
    expect(followUps(sam.id)[0]?.message.buttons?.map((b) => b.label)).toEqual([
      'Yes, record the deal',
      'We met',
      'Not yet',
      'No',
    ]);

    // A retried job (or a second worker) never sends twice.
    expect(await ask(li.id, at)).toMatchObject({ status: 'already_sent' });
    expect(followUps(li.id)).toHaveLength(1);
    expect(followUps(sam.id)).toHaveLength(1);
  });

  it('retries a failed send until delivered, still once', async () => {
    const { ports, li, intro, followUps, ask } = await introduced();
    ports.clock.set(intro.followUpAt as Date);
    ports.messenger.failNext(new DeliveryError('gateway timeout', false));
    await expect(ask(li.id)).rejects.toThrow('gateway timeout');
    expect((await ask(li.id)).status).toBe('sent');
    expect((await ask(li.id)).status).toBe('already_sent');
    expect(followUps(li.id)).toHaveLength(1);
  });

  it('Not yet: asks again one interval later under a new key; the other side’s Not yet moves it only once', async () => {
    const { ports, core, communityId, li, sam, id, intro, followUps, ask, row } = await introduced();
    const first = intro.followUpAt as Date;
    ports.clock.set(new Date(first.getTime() + 3 * HOUR));
    await ask(li.id, first);
    await ask(sam.id, first);

    const later = await core.answerIntroFollowUp({
      actor: li.actor,
      communityId,
      introductionId: id,
      answer: 'not_yet',
      askedAt: first,
    });
    const second = new Date(ports.clock.now().getTime() + 14 * DAY);
    expect(later).toMatchObject({ followUpAt: second, followUpOutcome: 'not_yet', status: 'introduced' });
    ports.clock.advance(HOUR);
    await core.answerIntroFollowUp({
      actor: sam.actor,
      communityId,
      introductionId: id,
      answer: 'not_yet',
      askedAt: first,
    });
    expect((await row()).followUpAt).toEqual(second);

    // The first question's jobs are stale now; the planner asks the new one.
    expect(await ask(sam.id, first)).toMatchObject({ status: 'skipped', reason: 'superseded' });
    ports.clock.set(second);
    const { scheduled } = await core.scheduleIntroFollowUps({ communityId });
    expect(scheduled.map((j) => parseIntroFollowUpKey(j.id)?.followUpAt)).toEqual([second, second]);
    expect(await ask(li.id, second)).toMatchObject({ status: 'sent', key: introFollowUpKey(id, li.id, second) });
    expect(followUps(li.id)).toHaveLength(2);
    expect(followUps(sam.id)).toHaveLength(1);
  });

  it('No: nobody is asked again', async () => {
    const { ports, core, communityId, li, sam, id, intro, followUps, ask } = await introduced();
    const at = intro.followUpAt as Date;
    ports.clock.set(at);
    await ask(li.id, at);
    const no = await core.answerIntroFollowUp({ actor: li.actor, communityId, introductionId: id, answer: 'no' });
    expect(no.followUpOutcome).toBe('no');
    // Sam's job for the same question, and the other side's "Not yet" afterwards, change nothing.
    expect(await ask(sam.id, at)).toMatchObject({ status: 'skipped', reason: 'answered' });
    const late = await core.answerIntroFollowUp({
      actor: sam.actor,
      communityId,
      introductionId: id,
      answer: 'not_yet',
    });
    expect(late).toMatchObject({ followUpOutcome: 'no', followUpAt: at });
    ports.clock.advance(60 * DAY);
    expect((await core.scheduleIntroFollowUps({ communityId })).scheduled).toEqual([]);
    expect(followUps(sam.id)).toEqual([]);
    expect(followUps(li.id)).toHaveLength(1);
  });

  it('Yes: a deal recorded for the introduction ends the follow-ups', async () => {
    const { ports, core, communityId, li, sam, id, intro, ask } = await introduced();
    ports.clock.set(intro.followUpAt as Date);
    await core.recordDeal({
      actor: li.actor,
      communityId,
      introductionId: id,
      amountMinor: 5_000_000,
      currency: 'CNY',
    });
    expect(await ask(sam.id)).toMatchObject({ status: 'skipped', reason: 'answered' });
    const after = await core.answerIntroFollowUp({ actor: sam.actor, communityId, introductionId: id, answer: 'no' });
    expect(after.followUpOutcome).toBe('deal');
    expect((await core.scheduleIntroFollowUps({ communityId })).scheduled).toEqual([]);
  });

  it('only the two members may answer, and only for a made introduction', async () => {
    const { ports, core, communityId, id } = await introduced();
    const stranger = { kind: 'member', communityId, memberId: ports.ids.id(), roles: [] } as const;
    await expect(
      core.answerIntroFollowUp({ actor: stranger, communityId, introductionId: id, answer: 'no' }),
    ).rejects.toMatchObject({ code: 'intro.not_party' });
  });
});

describe('introducing the two members together', () => {
  it('uses one group conversation when the messenger can, once, instead of the two DMs', async () => {
    const { ports, communityId, id } = await introduced('stored');
    const grouped: { users: string[]; text: string }[] = [];
    const grouping = Object.assign(ports.messenger, {
      async introduce(accounts: readonly { platformUserId: string }[], message: { text: string }) {
        grouped.push({ users: accounts.map((a) => a.platformUserId), text: message.text });
        return true;
      },
    });
    const groupCore = createCore({ ...ports, messenger: grouping });
    const first = await groupCore.notifyIntro({ communityId, introductionId: id });
    expect(first.results.map((r) => [r.key, r.status])).toEqual([[`intro-group:${id}`, 'sent']]);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]?.users).toEqual(['user-1', 'user-2']);
    // Different languages: both, the club's first (zh-CN by default).
    expect(grouped[0]?.text).toMatch(/^李雷、Sam Tan：[\s\S]*\n\n李雷 and Sam Tan: [\s\S]*Say hello!/);
    expect(ports.messenger.sent).toEqual([]);

    const again = await groupCore.notifyIntro({ communityId, introductionId: id });
    expect(again.results.map((r) => r.status)).toEqual(['already_sent']);
    expect(grouped).toHaveLength(1);
    expect(ports.messenger.sent).toEqual([]);
  });

  it('falls back to each member’s DM when the platform cannot group them, and keeps that idempotent', async () => {
    const { ports, communityId, li, sam, id } = await introduced('stored');
    const messenger = Object.assign(ports.messenger, { introduce: async () => false });
    const core = createCore({ ...ports, messenger });
    const first = await core.notifyIntro({ communityId, introductionId: id });
    expect(first.results.map((r) => [r.key, r.status])).toEqual([
      [`intro-introduced:${id}:${li.id}`, 'sent'],
      [`intro-introduced:${id}:${sam.id}`, 'sent'],
    ]);
    // Each side sees the other's contact.
    const toLi = ports.messenger.sent.find((s) => s.account.memberId === li.id);
    expect(toLi?.message.fields?.find((f) => f.name === '联系方式')?.value).toBe('Discord: <@user-2>');
    await core.notifyIntro({ communityId, introductionId: id });
    expect(ports.messenger.sent).toHaveLength(2);
    expect((await ports.deliveries.listFailed(communityId)).map((d) => d.key)).toEqual([]);
  });

  it('falls back to DMs when the members share no platform, without asking the messenger to group', async () => {
    const { ports, communityId, sam, id } = await introduced('stored');
    await ports.accounts.unlinkAll(communityId, sam.id);
    await ports.accounts.link({
      communityId,
      platform: 'slack',
      workspaceId: 'T-club',
      platformUserId: 'U0SAM',
      memberId: sam.id,
      linkedAt: ports.clock.now(),
    });
    let asked = 0;
    const messenger = Object.assign(ports.messenger, {
      introduce: async () => {
        asked += 1;
        return true;
      },
    });
    const result = await createCore({ ...ports, messenger }).notifyIntro({ communityId, introductionId: id });
    expect(asked).toBe(0);
    expect(result.results.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(await ports.deliveries.get(`intro-group:${id}`)).toBeNull();
  });

  it('after a permanent refusal to group, sends the DMs and never tries the group again', async () => {
    const { ports, communityId, id } = await introduced('stored');
    let asked = 0;
    const messenger = Object.assign(ports.messenger, {
      introduce: async () => {
        asked += 1;
        throw new DeliveryError('restricted_action', true);
      },
    });
    const core = createCore({ ...ports, messenger });
    await core.notifyIntro({ communityId, introductionId: id });
    await core.notifyIntro({ communityId, introductionId: id });
    expect(asked).toBe(1);
    expect(ports.messenger.sent).toHaveLength(2);
  });

  it('rethrows a transient failure to group (the job retries) without sending the DMs meanwhile', async () => {
    const { ports, communityId, id } = await introduced('stored');
    let fail = true;
    const messenger = Object.assign(ports.messenger, {
      introduce: async () => {
        if (fail) throw new DeliveryError('Slack 500', false);
        return true;
      },
    });
    const core = createCore({ ...ports, messenger });
    await expect(core.notifyIntro({ communityId, introductionId: id })).rejects.toThrow('Slack 500');
    expect(ports.messenger.sent).toEqual([]);
    fail = false;
    expect((await core.notifyIntro({ communityId, introductionId: id })).results.map((r) => r.status)).toEqual([
      'sent',
    ]);
    expect(ports.messenger.sent).toEqual([]);
  });
});
