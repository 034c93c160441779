import { describe, expect, it } from 'vitest';
import { DEFAULT_MODERATION_SETTINGS } from '../domain/moderation-rules.js';
import type { ChatModerator } from '../ports/chat-moderator.js';
import { createClubFixture } from '../testing/club-fixture.js';
import { moderationCaseId } from './moderate-chat-message.js';
import { purgeModerationEvidence } from './purge-moderation-evidence.js';
import { reconcileModerationActions } from './reconcile-moderation-actions.js';
import { testModerationMessage } from './test-moderation-message.js';

const DAY = 86_400_000;

async function club() {
  const fx = await createClubFixture({ now: '2026-06-01T08:00:00Z' });
  const spammer = await fx.addMember({ name: 'Spam 王', locale: 'zh-CN' });
  const reporter = await fx.addMember({ name: 'Reporter' });
  const moderator = { ...(await fx.addMember({ name: 'Mod' })), roles: ['moderator' as const] };
  return { ...fx, spammer, reporter, moderator };
}

const message = (authorId: string, messageId = 'msg-1') => ({
  platform: 'discord' as const,
  workspaceId: 'guild-1',
  channelId: 'chan-1',
  messageId,
  authorId,
  content: '加我微信 abc12345，带你赚钱',
});

describe('moderation cases: reports, decisions, appeals, purge', () => {
  it('records a report once per reporter and message, keeps it from bad input, and adds a later reason', async () => {
    const { core, reporter, spammer, communityId } = await club();
    // user-1 is the spammer's Discord id in the fixture.
    const first = await core.reportMessage({ actor: reporter, ...message('user-1') });
    expect(first.duplicate).toBe(false);
    const again = await core.reportMessage({ actor: reporter, ...message('user-1'), reason: '广告' });
    expect(again).toEqual({ caseId: first.caseId, duplicate: true });
    const page = await core.listModerationCases({ actor: reporter, communityId }).catch((e) => e);
    expect(page).toMatchObject({ code: 'auth.staff_only' });
    const stored = await core.getModerationCase({
      actor: { ...reporter, roles: ['moderator'] },
      communityId,
      caseId: first.caseId,
    });
    expect(stored.case).toMatchObject({ kind: 'report', status: 'open', memberId: spammer.memberId, reason: '广告' });
    expect(stored.case.reporterId).toBe(reporter.memberId);
    await expect(core.reportMessage({ actor: spammer, ...message('user-1', 'msg-2') })).rejects.toMatchObject({
      code: 'report.self',
    });
    await expect(
      core.reportMessage({ actor: reporter, ...message('user-1', 'msg-3'), reason: 'x'.repeat(1001) }),
    ).rejects.toMatchObject({ code: 'validation.too_long' });
    const all = await core.listModerationCases({ actor: { ...reporter, roles: ['moderator'] }, communityId });
    expect(all.total).toBe(1);
    await core.addReportReason({ actor: reporter, caseId: first.caseId, reason: '反复发广告' });
    await expect(core.addReportReason({ actor: spammer, caseId: first.caseId, reason: 'no' })).rejects.toMatchObject({
      code: 'case.not_found',
    });
  });

  it('reports a member by mention or handle, once a day', async () => {
    const { core, ports, reporter, spammer, communityId, moderator } = await club();
    const input = { actor: reporter, platform: 'discord' as const, workspaceId: 'guild-1', reason: '私信推销' };
    const first = await core.reportMember({ ...input, member: '<@!user-1>' });
    expect((await core.reportMember({ ...input, member: 'user-1' })).duplicate).toBe(true);
    await expect(core.reportMember({ ...input, member: '<@nobody>' })).rejects.toMatchObject({
      code: 'report.unknown_member',
    });
    await expect(core.reportMember({ ...input, member: '<@user-1>', reason: '  ' })).rejects.toMatchObject({
      code: 'validation.required',
    });
    const detail = await core.getModerationCase({ actor: moderator, communityId, caseId: first.caseId });
    expect(detail.case).toMatchObject({ memberId: spammer.memberId, excerpt: '', reason: '私信推销' });
    // Slack sends `@name` as typed: the member's club handle names them too.
    const handle = (await ports.members.get(communityId, spammer.memberId))?.handle ?? '';
    const byHandle = await core.reportMember({ ...input, actor: moderator, member: `@${handle}` });
    expect(
      (await core.getModerationCase({ actor: moderator, communityId, caseId: byHandle.caseId })).case.memberId,
    ).toBe(spammer.memberId);
  });

  it('upholds (DM once, audited), refuses a second decision, takes an appeal and grants it', async () => {
    const { core, ports, reporter, spammer, moderator, communityId, owner } = await club();
    const { caseId } = await core.reportMessage({ actor: reporter, ...message('user-1') });
    const upheld = await core.decideModerationCase({
      actor: moderator,
      communityId,
      caseId,
      decision: 'uphold',
      notes: '明显广告',
    });
    expect(upheld.case.status).toBe('upheld');
    expect(upheld.delivery).toBe('sent');
    expect(upheld.reporterDelivery).toBe('sent');
    const dm = ports.messenger.sent.find((m) => m.message.title === '管理员审核了你的消息');
    expect(dm?.account.memberId).toBe(spammer.memberId);
    // The reporter is never named to the reported member.
    expect(JSON.stringify(dm?.message)).not.toContain('Reporter');
    await expect(
      core.decideModerationCase({ actor: moderator, communityId, caseId, decision: 'uphold' }),
    ).rejects.toMatchObject({ code: 'case.already_decided' });
    const sent = ports.messenger.sent.length;

    await expect(core.appealModerationCase({ actor: reporter, reason: '不是我' })).rejects.toMatchObject({
      code: 'appeal.nothing_to_appeal',
    });
    const appealed = await core.appealModerationCase({ actor: spammer, reason: '我只是分享付款方式' });
    expect(appealed).toMatchObject({ id: caseId, status: 'appealed', appeal: '我只是分享付款方式' });
    await expect(core.appealModerationCase({ actor: spammer, reason: '再申诉' })).rejects.toMatchObject({
      code: 'appeal.already_appealed',
    });
    const waiting = await core.listModerationCases({ actor: moderator, communityId, status: 'waiting' });
    expect(waiting.items.map((c) => c.id)).toEqual([caseId]);

    const granted = await core.decideModerationAppeal({ actor: moderator, communityId, caseId, decision: 'grant' });
    expect(granted.case).toMatchObject({ status: 'dismissed', appealOutcome: 'granted' });
    expect(ports.messenger.sent.length).toBe(sent + 1);
    expect(ports.messenger.sent.at(-1)?.message.title).toBe('一次违规记录已撤销');
    await expect(
      core.decideModerationAppeal({ actor: moderator, communityId, caseId, decision: 'deny' }),
    ).rejects.toMatchObject({ code: 'case.no_appeal' });

    const audit = await core.listAuditEntries({ actor: owner, communityId, targetId: caseId });
    expect(audit.items.map((a) => a.action)).toEqual(['moderation.appeal.grant', 'moderation.case.uphold']);
    const detail = await core.getModerationCase({ actor: moderator, communityId, caseId });
    expect(detail.activeStrikes).toBe(0);
  });

  it('escalated cases go to the owners; a bot strike can be taken back; bad decisions change nothing', async () => {
    const { core, ports, reporter, moderator, owner, communityId, spammer } = await club();
    const { caseId } = await core.reportMessage({ actor: reporter, ...message('user-1') });
    await expect(
      core.decideModerationCase({ actor: moderator, communityId, caseId, decision: 'ban' as never }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });
    await core.decideModerationCase({ actor: moderator, communityId, caseId, decision: 'escalate' });
    await expect(
      core.decideModerationCase({ actor: moderator, communityId, caseId, decision: 'dismiss' }),
    ).rejects.toMatchObject({ code: 'auth.staff_only' });
    const dismissed = await core.decideModerationCase({ actor: owner, communityId, caseId, decision: 'dismiss' });
    // An open report dismissed: the member never knew of it, so nothing is sent.
    expect(dismissed.delivery).toBe('none');

    const botCaseId = moderationCaseId(communityId, 'discord', 'chan-1', 'bot-1');
    await ports.moderation.create({
      id: botCaseId,
      communityId,
      memberId: spammer.memberId,
      reporterId: null,
      kind: 'advertising',
      status: 'upheld',
      platform: 'discord',
      channelId: 'chan-1',
      messageId: 'bot-1',
      excerpt: '加V 13800138000',
      reason: 'ad.contact: 13800138000',
      decidedBy: null,
      decidedAt: ports.clock.now(),
      appeal: null,
      createdAt: ports.clock.now(),
    });
    const before = await core.getModerationCase({ actor: moderator, communityId, caseId: botCaseId });
    expect(before.activeStrikes).toBe(1);
    expect(before.rules).toEqual(['ad.contact']);
    const back = await core.decideModerationCase({
      actor: moderator,
      communityId,
      caseId: botCaseId,
      decision: 'dismiss',
    });
    expect(back.delivery).toBe('sent');
    expect(ports.messenger.sent.at(-1)?.message.fields?.[0]?.value).toContain('引导私下联系');
  });

  it('a DM that fails is sent by the safety-net job, once; a notice made untrue by a later decision is not', async () => {
    const { core, ports, reporter, moderator, communityId } = await club();
    const { caseId } = await core.reportMessage({ actor: reporter, ...message('user-1') });
    ports.messenger.failNext();
    const upheld = await core.decideModerationCase({ actor: moderator, communityId, caseId, decision: 'uphold' });
    expect(upheld.delivery).toBe('retry');
    const job = [...ports.jobs.jobs.values()].find((j) => j.name === 'moderation.decision');
    expect(job).toMatchObject({ id: `moderation-decision:${caseId}:upheld`, data: { communityId, caseId } });
    const sent = ports.messenger.sent.length;
    expect((await core.deliverModerationDecision(job?.data as never))?.status).toBe('sent');
    expect((await core.deliverModerationDecision(job?.data as never))?.status).toBe('already_sent');
    expect(ports.messenger.sent.length).toBe(sent + 1);

    const second = await core.reportMessage({ actor: reporter, ...message('user-1', 'msg-9') });
    ports.messenger.failNext();
    await core.decideModerationCase({ actor: moderator, communityId, caseId: second.caseId, decision: 'uphold' });
    ports.messenger.failNext();
    await core.decideModerationCase({ actor: moderator, communityId, caseId: second.caseId, decision: 'dismiss' });
    const before = ports.messenger.sent.length;
    // The strike was taken back before its DM went out: only the second notice is sent.
    expect(await core.deliverModerationDecision({ communityId, caseId: second.caseId, notice: 'upheld' })).toBeNull();
    expect(
      (await core.deliverModerationDecision({ communityId, caseId: second.caseId, notice: 'strike_removed' }))?.status,
    ).toBe('sent');
    expect(ports.messenger.sent.length).toBe(before + 1);
    await expect(
      core.deliverModerationDecision({ communityId, caseId: second.caseId, notice: 'bogus' }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });
  });

  it('purges evidence of decided cases after the retention period, in chunks, and only those', async () => {
    const { core, ports, reporter, moderator, owner, communityId } = await club();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { caseId } = await core.reportMessage({ actor: reporter, ...message('user-1', `m-${i}`) });
      ids.push(caseId);
    }
    for (const caseId of ids.slice(0, 4)) {
      await core.decideModerationCase({ actor: moderator, communityId, caseId, decision: 'dismiss' });
    }
    const days = DEFAULT_MODERATION_SETTINGS.evidenceDays;
    ports.clock.set(new Date(ports.clock.now().getTime() + (days - 1) * DAY).toISOString());
    expect(await purgeModerationEvidence(ports, { actor: owner, communityId, chunk: 3 })).toBe(0);
    ports.clock.set(new Date(ports.clock.now().getTime() + 2 * DAY).toISOString());
    expect(await purgeModerationEvidence(ports, { actor: owner, communityId, chunk: 3 })).toBe(4);
    const after = await core.listModerationCases({ actor: moderator, communityId, limit: 10 });
    expect(after.items.filter((c) => c.excerpt === '').map((c) => c.status)).toEqual([
      'dismissed',
      'dismissed',
      'dismissed',
      'dismissed',
    ]);
    expect(after.items.find((c) => c.status === 'open')?.excerpt).toContain('微信');
    await expect(purgeModerationEvidence(ports, { actor: moderator, communityId })).rejects.toMatchObject({
      code: 'auth.staff_only',
    });
  });

  it('tests a message against the rules or a draft of them, storing nothing', async () => {
    const { core, moderator, communityId } = await club();
    const current = await core.getModerationRules({ actor: moderator, communityId });
    const classifier = {
      classify: (club: { settings: { rules: Record<string, string> } }, m: { text: string }) =>
        m.text.includes('微信') && club.settings.rules['ad.contact'] !== 'off'
          ? { action: 'delete' as const, rules: ['ad.contact' as const], findings: [] }
          : { action: 'allow' as const, rules: [], findings: [] },
    };
    const deps = { classifier };
    expect(
      (await testModerationMessage(deps, { actor: moderator, communityId, current, text: '加我微信' })).action,
    ).toBe('delete');
    const draft = {
      ...DEFAULT_MODERATION_SETTINGS,
      rules: { ...DEFAULT_MODERATION_SETTINGS.rules, 'ad.contact': 'off' as const },
    };
    expect(
      (await testModerationMessage(deps, { actor: moderator, communityId, current, text: '加我微信', settings: draft }))
        .action,
    ).toBe('allow');
    await expect(
      testModerationMessage(deps, {
        actor: moderator,
        communityId,
        current,
        text: 'x',
        settings: { ...draft, floodMaxMessages: 0 },
      }),
    ).rejects.toMatchObject({ code: 'community.invalid_settings' });
  });

  it('a moderator’s uphold gives the ladder’s Discord timeout through the bots, and the reporter hears the outcome once', async () => {
    const { core, ports, reporter, spammer, moderator, communityId } = await club();
    const timeouts: { userId: string; until: Date }[] = [];
    const chat: ChatModerator = {
      deleteMessage: async () => 'removed',
      timeout: async (author, until) => {
        timeouts.push({ userId: author.platformUserId, until });
        return true;
      },
      post: async () => {},
    };
    const bots = { ...ports, chat };
    // The first upheld report is a warning: no timeout.
    const first = await core.reportMessage({ actor: reporter, ...message('user-1') });
    const warned = await core.decideModerationCase({
      actor: moderator,
      communityId,
      caseId: first.caseId,
      decision: 'uphold',
    });
    expect(warned.timeoutUntil).toBeNull();
    // The second is the ladder's timeout step: queued with the decision, applied by the bots' reconcile pass.
    const second = await core.reportMessage({ actor: reporter, ...message('user-1', 'msg-2') });
    const upheld = await core.decideModerationCase({
      actor: moderator,
      communityId,
      caseId: second.caseId,
      decision: 'uphold',
    });
    expect(upheld.timeoutUntil).toEqual(new Date(ports.clock.now().getTime() + 60 * 60_000));
    expect(await reconcileModerationActions(bots)).toMatchObject({ tried: 1, done: 1 });
    expect(timeouts).toEqual([{ userId: 'user-1', until: upheld.timeoutUntil }]);
    expect(await reconcileModerationActions(bots)).toMatchObject({ tried: 0 });
    // The reporter got one DM per decided report, in their language, without the reported member's name.
    const toReporter = ports.messenger.sent.filter((m) => m.account.memberId === reporter.memberId);
    expect(toReporter.map((m) => m.message.title)).toEqual(['Thank you for your report', 'Thank you for your report']);
    expect(JSON.stringify(toReporter)).not.toContain('Spam 王');
    // The safety-net job finds the reporter's DM sent: nothing more.
    await core.deliverModerationDecision({ communityId, caseId: second.caseId, notice: 'report_upheld' });
    expect(ports.messenger.sent.filter((m) => m.account.memberId === reporter.memberId)).toHaveLength(2);
    // A dismissed report tells the reporter so; the reported member hears nothing of it.
    const third = await core.reportMessage({ actor: reporter, ...message('user-1', 'msg-3') });
    const before = ports.messenger.sent.filter((m) => m.account.memberId === spammer.memberId).length;
    const dismissed = await core.decideModerationCase({
      actor: moderator,
      communityId,
      caseId: third.caseId,
      decision: 'dismiss',
    });
    expect(dismissed).toMatchObject({ delivery: 'none', reporterDelivery: 'sent', timeoutUntil: null });
    expect(ports.messenger.sent.at(-1)?.message.title).toBe('Your report was reviewed');
    expect(ports.messenger.sent.filter((m) => m.account.memberId === spammer.memberId)).toHaveLength(before);
  });
});
