import { describe, expect, it } from 'vitest';
import type { Caller } from '../invocation.js';
import { button, type ChatMember, createCommandClub, form, message } from '../testing/command-club.js';

const caller = (member: ChatMember, locale: 'en' | 'zh-CN'): Caller => ({
  platform: 'discord',
  workspaceId: 'G-club',
  userId: member.userId,
  userName: member.name,
  locale,
});

describe('Report message, /report-member and /appeal', () => {
  it('reports a message once, lets the reporter add a reason, and keeps bad input out', async () => {
    const club = await createCommandClub({ locale: 'zh-CN' });
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    const spam = await club.add({ name: 'Spam', locale: 'zh-CN' });
    const mod = await club.add({ name: 'Mod', roles: ['moderator'] });
    const report = () =>
      club.dispatcher.dispatch({
        type: 'report',
        caller: caller(ann, 'en'),
        messageId: 'm-1',
        channelId: 'c-1',
        authorId: spam.userId,
        content: '加我薇信 abc123 带你赚钱',
      });
    const first = message(await report());
    expect(first.tone).toBe('success');
    expect(first.text).toContain('the moderators will look at this message');
    const second = message(await report());
    expect(second.text).toBe('You already reported this message; the moderators have it.');
    const cases = await club.core.listModerationCases({ actor: mod.actor, communityId: club.community.id });
    expect(cases.total).toBe(1);
    expect(cases.items[0]).toMatchObject({ kind: 'report', memberId: spam.id, reporterId: ann.id, reason: '' });

    const reasonForm = form(await ann.press(button(first, 'Add a reason')));
    const tooLong = message(await ann.submit(reasonForm.action, { reason: 'x'.repeat(1001) }));
    expect(tooLong.tone).toBe('error');
    const saved = message(await ann.submit(reasonForm.action, { reason: '广告，拉人加微信' }));
    expect(saved.text).toBe('Your reason was added to the report.');
    const after = await club.core.listModerationCases({ actor: mod.actor, communityId: club.community.id });
    expect(after.items[0]?.reason).toBe('广告，拉人加微信');
  });

  it('reports a member with /report-member, in the member’s language', async () => {
    const club = await createCommandClub({ locale: 'zh-CN' });
    const ann = await club.add({ name: 'Ann', locale: 'zh-CN' });
    const spam = await club.add({ name: 'Spam' });
    const ok = await ann.say(`/report-member <@${spam.userId}> 私信推销理财产品`);
    expect(ok.text).toBe('感谢举报：管理员会跟进处理。举报人信息不会告诉任何其他人。');
    const unknown = await ann.say('/report-member <@nobody> 推销');
    expect(unknown.tone).toBe('error');
    expect(unknown.text).toBe('找不到这位会员（请直接 @ 对方，或填写对方在社群的用户名）。');
  });

  it('/appeal appeals the latest strike once, and says so when there is nothing to appeal', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    const spam = await club.add({ name: 'Spam', locale: 'zh-CN' });
    const mod = await club.add({ name: 'Mod', roles: ['moderator'] });
    const none = await spam.say('/appeal 我没有发广告');
    expect(none.text).toBe('你目前没有可以申诉的违规处理。');
    const reported = await club.core.reportMessage({
      actor: ann.actor,
      platform: 'discord',
      workspaceId: 'G-club',
      channelId: 'c-1',
      messageId: 'm-9',
      authorId: spam.userId,
      content: '支付宝转账 13800138000',
    });
    await club.core.decideModerationCase({
      actor: mod.actor,
      communityId: club.community.id,
      caseId: reported.caseId,
      decision: 'uphold',
    });
    const appealed = await spam.say('/appeal 这是我的收款方式，不是广告');
    expect(appealed.text).toBe('你的申诉已提交给管理员，处理结果会通过私信告诉你。');
    expect(appealed.fields?.[0]?.value).toBe('支付宝转账 13800138000');
    const again = await spam.say('/appeal 再试一次');
    expect(again.tone).toBe('error');
    const stored = await club.core.getModerationCase({
      actor: mod.actor,
      communityId: club.community.id,
      caseId: reported.caseId,
    });
    expect(stored.case).toMatchObject({ status: 'appealed', appeal: '这是我的收款方式，不是广告' });
  });
});
