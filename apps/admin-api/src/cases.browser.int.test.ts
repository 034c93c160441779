import { randomIds } from '@snowball/core';
import type { RecordingMessenger } from '@snowball/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addPaidDiscordMember,
  addStaff,
  createClub,
  type LinkedMember,
  type TestClub,
} from './testing/api-test-kit.js';
import { usePanelInBrowser } from './testing/browser-harness.js';

const HOSTILE = '<img src=x onerror=alert(1)> 加我薇信 abc888';

describe('the Cases screen in a real browser', () => {
  const panel = usePanelInBrowser({ locale: 'en-US', timeoutMs: 10_000 });
  let club: TestClub;
  let messenger: RecordingMessenger;
  let spammer: LinkedMember;
  let caseIds: string[];
  const dialogs: string[] = [];

  beforeAll(async () => {
    const { api, page, signIn } = panel;
    messenger = api.ports.messenger as RecordingMessenger;
    club = await createClub(api.core, 'Cases Club 审核俱乐部');
    const moderatorId = await addStaff(api.core, club, 'Mia Moderator', 'moderator');
    spammer = await addPaidDiscordMember(api.core, club, 'Spam 王');
    const reporter = await addPaidDiscordMember(api.core, club, 'Reporter 李');
    caseIds = [];
    for (const content of [HOSTILE, '保本年化 18% 的理财产品，私聊']) {
      const { caseId } = await api.core.reportMessage({
        actor: reporter.actor,
        platform: 'discord',
        workspaceId: 'guild-1',
        channelId: 'general',
        messageId: `m-${randomIds.code()}`,
        authorId: spammer.user,
        content,
        reason: '广告',
      });
      caseIds.push(caseId);
    }
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await signIn(club.community.id, moderatorId, 'moderator');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  });

  it('shows the queue with evidence as text, opens a case and upholds it; the member is told once', async () => {
    const { page, shot } = panel;
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Moderation cases' }).click();
    await page.getByRole('heading', { name: 'Moderation cases' }).waitFor();
    await page.getByText(HOSTILE).waitFor();
    await page.getByText('保本年化 18% 的理财产品，私聊').waitFor();
    expect(await page.locator('main img, main script').count()).toBe(0);
    await shot('cases');

    const before = messenger.sent.length;
    await page.getByRole('article', { name: caseIds[0] }).getByRole('link', { name: 'Open case' }).click();
    await page.getByRole('heading', { name: /Member report · Spam 王/ }).waitFor();
    await page.getByText('Reported by Reporter 李 (never shown to the member)').waitFor();
    await page.getByText('Active strikes: 0').waitFor();
    const decision = page.getByRole('region', { name: 'Decision' });
    await decision.locator('textarea[name=notes]').fill('Clear ad 明显广告');
    await decision.getByRole('button', { name: 'Uphold (strike)' }).click();
    await page.getByText('Saved; the member was told by direct message.').waitFor();
    await page.getByText('Active strikes: 1').waitFor();
    await page.getByRole('button', { name: 'Take back the strike' }).waitFor();
    await shot('case-detail');
    const told = messenger.sent.slice(before).filter((s) => s.account.memberId === spammer.id);
    expect(told.map((s) => s.message.title)).toEqual(['管理员审核了你的消息']);
    expect(dialogs).toEqual([]);
  });

  it('decides an appeal from the Appeals tab: granted, the strike is removed', async () => {
    const { api, page, origin } = panel;
    await api.core.appealModerationCase({ actor: spammer.actor, reason: '我只是转发，不是我的广告' });
    await page.goto(`${origin}/cases?status=appealed`);
    await page.getByText(HOSTILE).waitFor();
    await page.getByRole('link', { name: 'Open case' }).click();
    await page.getByText('我只是转发，不是我的广告').waitFor();
    await page.getByRole('button', { name: 'Grant (remove the strike)' }).click();
    await page.getByText('Saved; the member was told by direct message.').waitFor();
    await page.getByText('Appeal granted').waitFor();
    await page.getByText('Active strikes: 0').waitFor();
    const stored = await api.ports.moderation.get(club.community.id, caseIds[0] ?? '');
    expect(stored).toMatchObject({ status: 'dismissed', appealOutcome: 'granted', notes: 'Clear ad 明显广告' });
  });

  it('edits the rules, tests a message against the draft, and applies a preset', async () => {
    const { api, page, origin, shot } = panel;
    await page.goto(`${origin}/cases`);
    await page.getByRole('link', { name: 'Rules' }).click();
    await page.getByRole('heading', { name: 'Automatic moderation rules' }).waitFor();
    const test = page.getByRole('form', { name: 'Test a message' });
    await test.locator('textarea[name=sample]').fill('加我vx：abc12345 私聊');
    await test.getByRole('button', { name: 'Test' }).click();
    await test.getByText('Moving people to private contact', { exact: true }).waitFor();
    await shot('moderation-rules');
    await test.locator('textarea[name=sample]').fill('货款可以用微信支付或支付宝，订单号 20260315');
    await test.getByRole('button', { name: 'Test' }).click();
    await test.getByText('Allowed', { exact: true }).waitFor();

    const form = page.getByRole('form', { name: 'Automatic moderation rules' });
    await form.locator('textarea[name=allowedDomains]').fill('https://www.Example.com/x');
    await form.locator('input[name=sandboxDays]').fill('0');
    await form.locator('select[name=strike-2]').selectOption('warning');
    await form.getByRole('button', { name: 'Add a step' }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Rules saved.').waitFor();
    const edited = await api.core.getModerationRules({ actor: club.owner, communityId: club.community.id });
    expect(edited.settings).toMatchObject({ sandboxDays: 0, strikeLadder: ['warning', 'warning', 'case', 'case'] });
    await expect(form.locator('textarea[name=allowedDomains]').inputValue()).resolves.toBe('example.com');
    await form.locator('input[name=floodMaxMessages]').fill('1');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('alert').waitFor();

    await page.getByRole('button', { name: 'Use “Strict”' }).click();
    await expect.poll(() => form.locator('select[name="rule-ad.link"]').inputValue()).toBe('delete');
    const saved = await api.core.getModerationRules({ actor: club.owner, communityId: club.community.id });
    expect(saved.settings).toMatchObject({ preset: 'strict', allowedDomains: ['example.com'] });
  });

  it('shows the messages around a flagged one, and flags a case whose removal the bot gave up on', async () => {
    const { api, page, origin, shot } = panel;
    const id = randomIds.id();
    const at = api.ports.clock.now();
    await api.ports.moderation.create({
      id,
      communityId: club.community.id,
      memberId: spammer.id,
      reporterId: null,
      kind: 'advertising',
      status: 'upheld',
      platform: 'discord',
      channelId: 'general',
      messageId: 'm-bot',
      workspaceId: 'guild-1',
      authorId: spammer.user,
      excerpt: '加我薇信 wang8888 带你赚',
      reason: 'ad.contact: 薇信 wang8888',
      decidedBy: null,
      decidedAt: at,
      appeal: null,
      createdAt: at,
      context: [
        { messageId: 'c1', authorId: 'u-someone', text: '<b>谁有</b>深圳报关行推荐？', at },
        { messageId: 'c2', authorId: spammer.user, text: '我有，私聊', at },
      ],
      actionFailure: 'remove',
    });
    await page.goto(`${origin}/cases?status=upheld`);
    const card = page.getByRole('article', { name: id });
    await card.getByText('Needs attention').waitFor();
    await card.getByRole('link', { name: 'Open case' }).click();
    await page.getByText('could not remove this message after several tries').waitFor();
    const context = page.getByRole('region', { name: 'Messages just before it' });
    await context.getByText('<b>谁有</b>深圳报关行推荐？').waitFor();
    await context.getByText('user u-someone', { exact: false }).waitFor();
    await context.getByText('the author', { exact: false }).waitFor();
    expect(await page.locator('main b').count()).toBe(0);
    await shot('case-context');
  });

  it('lets the owner set the moderators’ log channel per platform in Settings, keeping the rules', async () => {
    const { api, page, origin, signIn, shot } = panel;
    await signIn(club.community.id, club.ownerId, 'owner');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.goto(`${origin}/settings`);
    const card = page.getByRole('form', { name: 'Moderators’ log channels' });
    await card.locator('input[name=logChannel-discord]').fill(' 123456789012345678 ');
    await card.locator('input[name=logChannel-feishu]').fill('oc_mod_log');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('status').waitFor();
    const saved = await api.core.getModerationRules({ actor: club.owner, communityId: club.community.id });
    expect(saved.settings.logChannels).toEqual({ discord: '123456789012345678', feishu: 'oc_mod_log' });
    expect(saved.settings).toMatchObject({ preset: 'strict', allowedDomains: ['example.com'] });
    await shot('settings-log-channels');
    // Emptied: no log on Discord any more.
    await card.locator('input[name=logChannel-discord]').fill('');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(
        async () =>
          (await api.core.getModerationRules({ actor: club.owner, communityId: club.community.id })).settings
            .logChannels,
      )
      .toEqual({ feishu: 'oc_mod_log' });
  });
});
