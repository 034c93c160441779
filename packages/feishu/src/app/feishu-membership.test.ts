import type { Actor, Community } from '@snowball/core';
import {
  botMenuEvent,
  cardActionEvent,
  type FeishuSentMessage,
  feishuCardButtons,
  feishuCardInputs,
  feishuCardText,
  messageReceiveEvent,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, type FeishuHarness, MEMBER_CHATS, startFeishuHarness } from '../testing/feishu-harness.js';

const OWNER = 'ou_owner';
const LEI = 'ou_lilei';

describe('Feishu: apply → review → payment → members’ chats → lapse', () => {
  let h: FeishuHarness;
  let community: Community;
  let owner: Actor;

  beforeAll(async () => {
    h = await startFeishuHarness();
    ({ community, owner } = await createClub(h, { slug: 'club', ownerOpenId: OWNER }));
    h.fake.addUser({ openId: LEI, name: '李雷' });
  });
  afterAll(() => h?.close());

  /** Posts an event and returns the card that answered it. */
  async function send(event: ReturnType<typeof messageReceiveEvent>): Promise<FeishuSentMessage> {
    const response = await h.post(event);
    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(3_000);
    return h.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
  }

  it('runs the whole membership life cycle through Feishu', async () => {
    // /申请 in the direct chat: the values and the pledge button, in Chinese.
    const apply = await send(messageReceiveEvent(h.fake, { openId: LEI, text: '/申请' }));
    expect(apply.receiveId).toBe(LEI);
    expect(feishuCardText(apply.content)).toContain('我们的价值观');
    const [pledge] = feishuCardButtons(apply.content);
    expect(pledge?.value).toEqual({ action: 'apply:start', locale: 'zh-CN' });

    // The pledge opens the application as a card form, pre-filled with the contact name.
    const form = await send(cardActionEvent(h.fake, { openId: LEI, value: pledge?.value ?? {} }));
    expect(feishuCardInputs(form.content)).toEqual(['name', 'email', 'company', 'industry', 'about']);
    expect(JSON.stringify(form.content)).toContain('"default_value":"李雷"');
    const submit = feishuCardButtons(form.content).find((b) => b.submit);
    expect(submit?.label).toBe('提交');

    const thanks = await send(
      cardActionEvent(h.fake, {
        openId: LEI,
        value: submit?.value ?? {},
        name: 'submit',
        formValue: {
          name: '李雷',
          email: 'lilei@example.com',
          company: '李氏茶业',
          industry: '茶叶',
          about: '乌龙茶出口',
        },
      }),
    );
    expect(feishuCardText(thanks.content)).toContain('谢谢你，李雷');
    const pending = await h.core.listApplications({ actor: owner, communityId: community.id, status: 'pending' });
    expect(pending.items).toHaveLength(1);
    expect(pending.items[0]).toMatchObject({ name: '李雷', platform: 'feishu', platformUserId: LEI });
    const applicationId = pending.items[0]?.id as string;

    // The owner reviews in a group chat with an @mention: the queue comes to their direct chat (private).
    const review = await send(
      messageReceiveEvent(h.fake, {
        openId: OWNER,
        text: '@_user_1 /review',
        chatType: 'group',
        chatId: 'oc_staff',
        mentions: [{ key: '@_user_1', openId: 'ou_bot', name: 'snowball' }],
      }),
    );
    expect(review.receiveId).toBe(OWNER);
    const approve = feishuCardButtons(review.content).find((b) => b.value.action === `review:approve:${applicationId}`);
    expect(approve).toBeDefined();
    const approved = await send(cardActionEvent(h.fake, { openId: OWNER, value: approve?.value ?? {} }));
    expect(feishuCardText(approved.content)).toContain('李雷');

    // Payment recorded: FeishuRoleSync adds Lei to every members-only chat.
    const { period } = await h.core.recordPayment({
      actor: owner,
      communityId: community.id,
      applicationId,
      amountMinor: community.settings.fee.amountMinor,
      currency: community.settings.fee.currency,
      method: 'bank_transfer',
      reference: 'TX-LEI-1',
    });
    const adds = h.fake.callsTo('POST', '/open-apis/im/v1/chats/');
    expect(adds.map((c) => [c.path, c.query.member_id_type, c.body.id_list, c.code])).toEqual(
      MEMBER_CHATS.map((chat) => [`/open-apis/im/v1/chats/${chat}/members`, 'open_id', [LEI], 0]),
    );
    for (const chat of MEMBER_CHATS) expect(h.fake.chatMembers(chat).has(LEI)).toBe(true);

    // /会籍 shows an active membership.
    const me = await send(messageReceiveEvent(h.fake, { openId: LEI, text: '/会籍' }));
    expect(feishuCardText(me.content)).toMatch(/你的会籍[\s\S]*有效/);

    // Past the end and the grace period, the access sync removes Lei from the chats.
    h.ports.clock.set(new Date(period.endsAt.getTime() + (community.settings.graceDays + 1) * 86_400_000));
    const memberId = (await h.ports.accounts.find('feishu', h.fake.tenantKey, LEI))?.memberId as string;
    const lapsed = await h.core.syncMemberAccess({ communityId: community.id, memberId });
    expect(lapsed).toEqual({ access: false, accounts: 1, failures: [] });
    const removals = h.fake.callsTo('DELETE', '/open-apis/im/v1/chats/');
    expect(removals.map((c) => [c.path, c.body.id_list, c.code])).toEqual(
      MEMBER_CHATS.map((chat) => [`/open-apis/im/v1/chats/${chat}/members`, [LEI], 0]),
    );
    for (const chat of MEMBER_CHATS) expect(h.fake.chatMembers(chat).has(LEI)).toBe(false);
  });

  it('hands group messages that are not commands to moderation, with mentions as names', async () => {
    const event = messageReceiveEvent(h.fake, {
      openId: LEI,
      text: '加我微信 @_user_1',
      chatType: 'group',
      chatId: 'oc_members_1',
      mentions: [{ key: '@_user_1', openId: OWNER, name: 'Olivia' }],
    });
    expect((await h.post(event)).status).toBe(200);
    await h.runtime.idle();
    expect(h.messages.at(-1)).toMatchObject({
      platform: 'feishu',
      workspaceId: h.fake.tenantKey,
      channelId: 'oc_members_1',
      authorId: LEI,
      content: '加我微信 @Olivia',
    });
  });

  it('answers words in the direct chat that are not a command with help, in the language written', async () => {
    const event = messageReceiveEvent(h.fake, { openId: LEI, text: '你好' });
    await h.post(event);
    const help = await h.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
    expect(feishuCardText(help.content)).toContain('/申请');
  });

  it('runs a command chosen from the bot menu', async () => {
    const event = botMenuEvent(h.fake, { openId: OWNER, eventKey: 'command:me' });
    await h.post(event);
    const me = await h.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
    expect(me.receiveId).toBe(OWNER);
    expect(feishuCardText(me.content)).toMatch(/membership|会籍/);
  });
});
