import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { DomainError } from '../errors/domain-error.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { createNetworkClub } from '../testing/network-club.js';

const DAY = 86_400_000;

async function club() {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const c = await createNetworkClub(ports, [
    { name: '李雷', locale: 'zh-CN' },
    { name: 'Sam Tan', locale: 'en' },
    { name: 'Mia', locale: 'en' },
    { name: 'Lapsed Lou', membership: 'lapsed' },
    { name: 'Quiet Qi' },
  ]);
  const [li, sam, mia, lou, qi] = c.members;
  if (!li || !sam || !mia || !lou || !qi) throw new Error('members missing');
  const communityId = c.community.id;
  const mention = (i: number) => ({ platform: 'discord' as const, workspaceId: 'G-club', text: `<@user-${i}>` });
  return { ports, core, club: c, communityId, li, sam, mia, lou, qi, mention };
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('member-proposed introductions (/intros propose)', () => {
  it('asks only the other member, with who asked and their reason, under the same double opt-in', async () => {
    const { ports, core, communityId, li, sam, mention } = await club();
    const intro = await core.proposeIntro({
      actor: sam.actor,
      communityId,
      counterpart: mention(1),
      reason: 'I import green coffee and you run roasteries',
    });
    expect(intro).toMatchObject({ memberA: sam.id, memberB: li.id, answerA: 'accepted', answerB: 'pending' });
    expect(intro).toMatchObject({ status: 'proposed', proposedBy: sam.id, roundId: null });
    // One DM, to 李雷 only, in Chinese, saying Sam asked, with Sam's words and the usual three buttons.
    expect(ports.messenger.sent.map((s) => s.account.memberId)).toEqual([li.id]);
    const dm = ports.messenger.sent[0]?.message;
    expect(dm?.title).toBe('有会员想认识你');
    expect(dm?.text).toContain('Sam Tan');
    expect(dm?.fields?.find((f) => f.name === '对方的理由')?.value).toBe(
      'I import green coffee and you run roasteries',
    );
    expect(dm?.buttons?.map((b) => b.action)).toEqual([
      `intros:accept:${intro.id}`,
      `intros:decline:${intro.id}`,
      `intros:snooze:${intro.id}`,
    ]);
    // The reconcile does not ask Sam (who accepted by asking) either.
    expect(await core.announceMissingIntros({ communityId })).toEqual({ unannounced: 0, queued: 0 });
    // 李雷 accepts: both are introduced as usual.
    const after = await core.respondToIntro({
      actor: li.actor,
      communityId,
      introductionId: intro.id,
      answer: 'accept',
    });
    expect(after.status).toBe('introduced');
    expect(ports.messenger.sent.filter((s) => s.message.title !== '有会员想认识你').length).toBeGreaterThan(0);
  });

  it('finds the member by handle too, and refuses bad requests without changing anything', async () => {
    const { ports, core, communityId, li, sam, mia, qi, mention } = await club();
    const ask = (actor: typeof li.actor, text: string, reason = 'we should talk') =>
      core.proposeIntro({
        actor,
        communityId,
        counterpart: { platform: 'discord', workspaceId: 'G-club', text },
        reason,
      });
    expect(await code(ask(sam.actor, '<@user-2>'))).toBe('intro.self');
    expect(await code(ask(sam.actor, '<@nobody>'))).toBe('intro.counterpart_unknown');
    expect(await code(ask(sam.actor, 'hello there'))).toBe('intro.counterpart_unknown');
    expect(await code(ask(sam.actor, '<@user-4>'))).toBe('intro.counterpart_unavailable');
    expect(await code(ask(sam.actor, '<@user-1>', '   '))).toBe('validation.required');
    await core.updateProfile({ actor: qi.actor, communityId, patch: { matchingOptIn: false } });
    expect(await code(ask(sam.actor, '<@user-5>'))).toBe('intro.counterpart_unavailable');
    expect(await ports.introductions.listForCommunity(communityId)).toEqual([]);
    expect(ports.messenger.sent).toEqual([]);
    // A handle typed without a mention works; the same pair cannot be asked twice, either way round.
    const made = await ask(sam.actor, '@member-3');
    expect(made.memberB).toBe(mia.id);
    expect(await code(core.proposeIntro({ actor: mia.actor, communityId, counterpart: mention(2), reason: 'x' }))).toBe(
      'intro.pair_exists',
    );
  });

  it('allows at most three requests waiting for an answer at once', async () => {
    const ports = createTestPorts();
    const core = createCore(ports);
    const more = await createNetworkClub(ports, [
      { name: 'A' },
      { name: 'B' },
      { name: 'C' },
      { name: 'D' },
      { name: 'E' },
    ]);
    const [asker, ...others] = more.members;
    if (!asker) throw new Error('missing');
    const cid = more.community.id;
    const ask = (i: number) =>
      core.proposeIntro({
        actor: asker.actor,
        communityId: cid,
        counterpart: { memberId: others[i]?.id ?? '' },
        reason: 'we should talk',
      });
    for (const i of [0, 1, 2]) await ask(i);
    expect(await code(ask(3))).toBe('intro.too_many_open');
    expect((await ports.introductions.listForCommunity(cid)).length).toBe(3);
  });
});

describe('"we met" and the funnel', () => {
  it('records each side, counts a meeting once both said so (or a deal), and shows the funnel per month', async () => {
    const { ports, core, club: c, communityId, li, sam, mia, mention } = await club();
    const a = await core.proposeIntro({ actor: sam.actor, communityId, counterpart: mention(1), reason: 'coffee' });
    const b = await core.proposeIntro({ actor: mia.actor, communityId, counterpart: mention(1), reason: 'tea' });
    expect(await code(core.recordIntroMeeting({ actor: li.actor, communityId, introductionId: a.id }))).toBe(
      'intro.not_introduced',
    );
    await core.respondToIntro({ actor: li.actor, communityId, introductionId: a.id, answer: 'accept' });
    await core.respondToIntro({ actor: li.actor, communityId, introductionId: b.id, answer: 'accept' });
    expect(await code(core.recordIntroMeeting({ actor: mia.actor, communityId, introductionId: a.id }))).toBe(
      'intro.not_party',
    );
    ports.clock.advance(3 * DAY);
    const once = await core.recordIntroMeeting({ actor: sam.actor, communityId, introductionId: a.id });
    expect(once.metA).toEqual(ports.clock.now());
    expect(once.metB ?? null).toBeNull();
    // Saying it again changes nothing.
    ports.clock.advance(DAY);
    expect((await core.recordIntroMeeting({ actor: sam.actor, communityId, introductionId: a.id })).metA).toEqual(
      once.metA,
    );
    let funnel = await core.getIntroFunnel({ actor: c.owner, communityId, months: 2 });
    expect(funnel.months.map((m) => m.month)).toEqual(['2026-02', '2026-03']);
    expect(funnel.months[0]).toEqual({ month: '2026-02', suggested: 0, accepted: 0, met: 0, deals: 0, value: [] });
    expect(funnel.months[1]).toMatchObject({ suggested: 2, accepted: 2, met: 0, deals: 0 });
    await core.recordIntroMeeting({ actor: li.actor, communityId, introductionId: a.id });
    await core.recordDeal({
      actor: mia.actor,
      communityId,
      introductionId: b.id,
      amountMinor: 500_00,
      currency: 'CNY',
    });
    await core.recordDeal({ actor: li.actor, communityId, introductionId: b.id, amountMinor: 200_00, currency: 'CNY' });
    await core.recordDeal({ actor: li.actor, communityId, introductionId: b.id, amountMinor: 10_00, currency: 'USD' });
    funnel = await core.getIntroFunnel({ actor: c.owner, communityId, months: 2 });
    expect(funnel.months[1]).toEqual({
      month: '2026-03',
      suggested: 2,
      accepted: 2,
      met: 2,
      deals: 1,
      value: [
        { currency: 'CNY', amountMinor: 700_00 },
        { currency: 'USD', amountMinor: 10_00 },
      ],
    });
    expect(await code(core.getIntroFunnel({ actor: sam.actor, communityId }))).toBe('auth.staff_only');
    expect(await code(core.getIntroFunnel({ actor: c.owner, communityId, months: 0 }))).toBe('validation.invalid');
  });
});

describe('nobody left hanging: reminders and closing notices', () => {
  it('reminds the side that has not answered (or said Later) once, four days before it closes', async () => {
    const { ports, core, communityId, li, sam, mia, mention } = await club();
    const asked = await core.proposeIntro({ actor: sam.actor, communityId, counterpart: mention(1), reason: 'coffee' });
    const other = await core.proposeIntro({ actor: mia.actor, communityId, counterpart: mention(1), reason: 'tea' });
    await core.respondToIntro({ actor: li.actor, communityId, introductionId: other.id, answer: 'snooze' });
    ports.messenger.sent.length = 0;
    ports.clock.advance(9 * DAY);
    expect(await core.scheduleIntroNudges({ communityId })).toEqual({ due: 0, queued: 0 });
    ports.clock.advance(DAY);
    expect(await core.scheduleIntroNudges({ communityId })).toEqual({ due: 2, queued: 2 });
    // Planned again by the next reconcile before it ran: the same job ids, nothing added.
    expect(await core.scheduleIntroNudges({ communityId })).toEqual({ due: 2, queued: 0 });
    const jobs = [...ports.jobs.jobs.values()].filter((j) => j.name === 'intro.nudge');
    expect(jobs.map((j) => j.id).sort()).toEqual(
      [`intro-reminder:${asked.id}:${li.id}`, `intro-reminder:${other.id}:${li.id}`].sort(),
    );
    for (const job of jobs) await core.sendIntroNudge(job.data as never);
    for (const job of jobs) expect((await core.sendIntroNudge(job.data as never)).status).toBe('already_sent');
    expect(ports.messenger.sent.map((s) => s.message.title)).toEqual(['有一条引荐在等你回复', '有一条引荐在等你回复']);
    expect(ports.messenger.sent[0]?.message.text).toContain('2026年3月16日');
    expect(ports.messenger.sent[0]?.message.buttons?.map((b) => b.action.split(':')[1])).toEqual(['accept', 'decline']);
    expect(await core.scheduleIntroNudges({ communityId })).toEqual({ due: 0, queued: 0 });
  });

  it('tells every side that did not decline when a proposal closes, without saying why, once', async () => {
    const { ports, core, communityId, li, sam, mia, mention } = await club();
    const declined = await core.proposeIntro({ actor: sam.actor, communityId, counterpart: mention(1), reason: 'x' });
    const expired = await core.proposeIntro({ actor: mia.actor, communityId, counterpart: mention(1), reason: 'y' });
    await core.respondToIntro({ actor: li.actor, communityId, introductionId: declined.id, answer: 'decline' });
    ports.messenger.sent.length = 0;
    expect(await core.scheduleIntroNudges({ communityId })).toEqual({ due: 1, queued: 1 });
    ports.clock.advance(14 * DAY + 3_600_000);
    await core.expireIntros({ actor: { kind: 'system', communityId, label: 'test' }, communityId });
    await core.scheduleIntroNudges({ communityId });
    const jobs = [...ports.jobs.jobs.values()].filter(
      (j) => j.name === 'intro.nudge' && String(j.id).startsWith('intro-closed'),
    );
    expect(jobs.map((j) => j.id).sort()).toEqual(
      [
        `intro-closed:${declined.id}:${sam.id}`,
        `intro-closed:${expired.id}:${mia.id}`,
        `intro-closed:${expired.id}:${li.id}`,
      ].sort(),
    );
    for (const job of jobs) await core.sendIntroNudge(job.data as never);
    const toSam = ports.messenger.sent.find((s) => s.account.memberId === sam.id)?.message;
    expect(toSam?.title).toBe('An introduction did not go ahead');
    expect(toSam?.text).toContain('李雷');
    expect(toSam?.text).not.toMatch(/declin/i);
    // The reminder that was due for the expired one is no longer sent once it closed.
    const late = await core.sendIntroNudge({
      communityId,
      introductionId: expired.id,
      memberId: li.id,
      kind: 'reminder',
    });
    expect(late.status).toBe('skipped');
    // Past the lookback, nothing is looked at any more.
    ports.clock.advance(5 * DAY);
    expect(await core.scheduleIntroNudges({ communityId })).toEqual({ due: 0, queued: 0 });
  });
});
