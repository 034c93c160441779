import { randomIds } from '@snowball/core';
import type { RecordingMessenger } from '@snowball/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPaidDiscordMember,
  addStaff,
  createClub,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';

describe('/api/cases and /api/moderation/rules on PostgreSQL', () => {
  let store: TestRepositories;
  let api: TestApi;
  let a: TestClub;
  let b: TestClub;
  let owner: SignedIn;
  let moderator: SignedIn;
  let coach: SignedIn;
  let otherClub: SignedIn;
  let messenger: RecordingMessenger;

  const send = (who: SignedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    api.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos);
    messenger = api.ports.messenger as RecordingMessenger;
    a = await createClub(api.core, 'Club A');
    b = await createClub(api.core, 'Club B');
    owner = await signIn(api, a, a.ownerId, 'owner');
    moderator = await signIn(api, a, await addStaff(api.core, a, 'Mia Moderator', 'moderator'), 'moderator');
    coach = await signIn(api, a, await addStaff(api.core, a, 'Chen Coach', 'coach'), 'coach');
    otherClub = await signIn(api, b, b.ownerId, 'owner');
  });
  afterAll(async () => {
    await api?.app.close();
    await store?.close();
  });

  it('lists waiting cases by keyset, shows the detail, decides with a DM once, and takes an appeal', async () => {
    const spammer = await addPaidDiscordMember(api.core, a, 'Spam 王');
    const reporter = await addPaidDiscordMember(api.core, a, 'Reporter 李');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { caseId } = await api.core.reportMessage({
        actor: reporter.actor,
        platform: 'discord',
        workspaceId: 'guild-1',
        channelId: 'general',
        messageId: `m-${randomIds.code()}`,
        authorId: spammer.user,
        content: `加我薇信 abc${i}23 带你赚钱`,
      });
      ids.push(caseId);
      api.ports.clock.advance(1000);
    }
    const first = await send(moderator, 'GET', '/api/cases?status=waiting&limit=2');
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.total).toBe(3);
    expect(page1.items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    expect(page1.items[0]).toMatchObject({
      kind: 'report',
      status: 'open',
      member: { displayName: 'Spam 王' },
      reporter: { displayName: 'Reporter 李' },
      excerpt: '加我薇信 abc223 带你赚钱',
    });
    const page2 = (await send(moderator, 'GET', `/api/cases?status=waiting&limit=2&after=${page1.nextCursor}`)).json();
    expect(page2.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect(page2.nextCursor).toBeNull();

    expect((await send(coach, 'GET', '/api/cases')).statusCode).toBe(403);
    expect((await send(otherClub, 'GET', `/api/cases/${ids[0]}`)).statusCode).toBe(404);
    expect((await send(moderator, 'GET', '/api/cases?status=bogus')).statusCode).toBe(400);

    const before = messenger.sent.length;
    const bad = await send(moderator, 'POST', `/api/cases/${ids[0]}/decision`, { decision: 'ban' });
    expect(bad.statusCode).toBe(400);
    const upheld = await send(moderator, 'POST', `/api/cases/${ids[0]}/decision`, {
      decision: 'uphold',
      notes: '第三次了',
    });
    expect(upheld.statusCode).toBe(200);
    expect(upheld.json()).toMatchObject({ status: 'upheld', delivery: 'sent', notes: '第三次了' });
    const again = await send(moderator, 'POST', `/api/cases/${ids[0]}/decision`, { decision: 'uphold' });
    expect(again.statusCode).toBe(409);
    const dms = messenger.sent.slice(before).filter((s) => s.account.memberId === spammer.id);
    expect(dms.map((s) => s.message.title)).toEqual(['管理员审核了你的消息']);

    await api.core.appealModerationCase({ actor: spammer.actor, reason: '这是付款方式，不是广告', caseId: ids[0] });
    const detail = (await send(moderator, 'GET', `/api/cases/${ids[0]}`)).json();
    expect(detail.case).toMatchObject({ status: 'appealed', appeal: '这是付款方式，不是广告' });
    expect(detail.history).toHaveLength(2);
    const denied = await send(moderator, 'POST', `/api/cases/${ids[0]}/appeal-decision`, { decision: 'deny' });
    expect(denied.json()).toMatchObject({ status: 'upheld', appealOutcome: 'denied', delivery: 'sent' });
    expect((await send(moderator, 'GET', `/api/cases/${ids[0]}`)).json().activeStrikes).toBe(1);
    const audit = (await send(owner, 'GET', `/api/audit?targetId=${ids[0]}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'moderation.appeal.deny',
      'moderation.case.uphold',
    ]);
  });

  it('shows a case’s context and the actions the bot gave up on; an uphold answers the ladder’s timeout and tells the reporter', async () => {
    const spammer = await addPaidDiscordMember(api.core, a, 'Spam 赵');
    const reporter = await addPaidDiscordMember(api.core, a, 'Reporter 钱');
    const botCase = randomIds.id();
    const at = api.ports.clock.now();
    await api.ports.moderation.create({
      id: botCase,
      communityId: a.community.id,
      memberId: spammer.id,
      reporterId: null,
      kind: 'advertising',
      status: 'upheld',
      platform: 'discord',
      channelId: 'general',
      messageId: 'm-bot',
      workspaceId: 'guild-1',
      authorId: spammer.user,
      excerpt: '加我薇信 zhao8888',
      reason: 'ad.contact: 薇信 zhao8888',
      decidedBy: null,
      decidedAt: at,
      appeal: null,
      createdAt: at,
      context: [{ messageId: 'm-0', authorId: 'u-other', text: '谁有深圳的报关行推荐？', at }],
      actionFailure: 'remove',
    });
    const detail = (await send(moderator, 'GET', `/api/cases/${botCase}`)).json();
    expect(detail.case).toMatchObject({
      authorId: spammer.user,
      actionFailures: ['remove'],
      context: [{ authorId: 'u-other', text: '谁有深圳的报关行推荐？', at: at.toISOString() }],
    });
    // The bot's strike is the first; a moderator's uphold of a report is the second: the ladder's timeout.
    const { caseId } = await api.core.reportMessage({
      actor: reporter.actor,
      platform: 'discord',
      workspaceId: 'guild-1',
      channelId: 'general',
      messageId: `m-${randomIds.code()}`,
      authorId: spammer.user,
      content: '私聊我，稳赚',
    });
    const before = messenger.sent.length;
    const decidedFrom = api.ports.clock.now().getTime();
    const upheld = (await send(moderator, 'POST', `/api/cases/${caseId}/decision`, { decision: 'uphold' })).json();
    const decidedBy = api.ports.clock.now().getTime();
    expect(upheld).toMatchObject({ delivery: 'sent', reporterDelivery: 'sent' });
    // An hour (the standard ladder's timeout) from the moment of the decision.
    expect(Date.parse(upheld.timeoutUntil)).toBeGreaterThanOrEqual(decidedFrom + 60 * 60_000);
    expect(Date.parse(upheld.timeoutUntil)).toBeLessThanOrEqual(decidedBy + 60 * 60_000);
    const toReporter = messenger.sent.slice(before).filter((m) => m.account.memberId === reporter.id);
    expect(toReporter.map((m) => m.message.title)).toEqual(['感谢你的举报']);
  });

  it('edits the rules (presets, bad values refused), and tests a message against a draft', async () => {
    const rules = (await send(moderator, 'GET', '/api/moderation/rules')).json();
    expect(rules.settings.preset).toBe('standard');
    expect(rules.presets.map((p: { preset: string }) => p.preset)).toEqual(['strict', 'standard', 'relaxed']);
    expect(rules.ruleTexts.find((r: { rule: string }) => r.rule === 'ad.contact').title['zh-CN']).toBe('引导私下联系');

    const refused = await send(moderator, 'PUT', '/api/moderation/rules', {
      settings: { ...rules.settings, floodMaxMessages: 0 },
    });
    expect(refused.statusCode).toBe(400);
    const saved = await send(moderator, 'PUT', '/api/moderation/rules', {
      settings: {
        ...rules.settings,
        allowedDomains: ['https://www.Example.com/path'],
        logChannels: { discord: '1234567890', feishu: 'oc_mod_log' },
      },
      excludedKeywords: ['资金盘'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().settings.allowedDomains).toEqual(['example.com']);
    expect(saved.json().settings.logChannels).toEqual({ discord: '1234567890', feishu: 'oc_mod_log' });
    const strict = (await send(owner, 'PUT', '/api/moderation/rules', { preset: 'strict' })).json();
    // A preset keeps the club's own lists and its log channels.
    expect(strict.settings).toMatchObject({
      preset: 'strict',
      allowedDomains: ['example.com'],
      logChannels: { discord: '1234567890', feishu: 'oc_mod_log' },
    });
    expect(strict.settings.rules['ad.link']).toBe('delete');
    expect((await send(coach, 'PUT', '/api/moderation/rules', { preset: 'relaxed' })).statusCode).toBe(403);

    const ad = (await send(moderator, 'POST', '/api/moderation/rules/test', { text: '加我vx：abc12345 私聊' })).json();
    expect(ad.action).not.toBe('allow');
    expect(ad.rules).toContain('ad.contact');
    const payment = (
      await send(moderator, 'POST', '/api/moderation/rules/test', {
        text: '货款可以用微信支付或支付宝，订单号 20260315',
      })
    ).json();
    expect(payment.action).toBe('allow');
    const off = (
      await send(moderator, 'POST', '/api/moderation/rules/test', {
        text: '加我vx：abc12345 私聊',
        settings: { ...strict.settings, rules: { ...strict.settings.rules, 'ad.contact': 'off' } },
      })
    ).json();
    expect(off.rules).not.toContain('ad.contact');
    const after = (await send(moderator, 'GET', '/api/moderation/rules')).json();
    expect(after.settings.rules['ad.contact']).toBe('delete');
  });
});
