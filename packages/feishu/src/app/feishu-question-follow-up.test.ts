import type { Actor, Community } from '@snowball/core';
import { feishuCardText, messageReceiveEvent } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, type FeishuHarness, startFeishuHarness } from '../testing/feishu-harness.js';

const OWNER = 'ou_owner';

describe('Feishu: replying to a coach’s follow-up in the direct chat', () => {
  let h: FeishuHarness;
  let community: Community;
  let owner: Actor;

  beforeAll(async () => {
    h = await startFeishuHarness();
    ({ community, owner } = await createClub(h, { slug: 'follow', ownerOpenId: OWNER }));
  });
  afterAll(() => h?.close());

  it('takes words in the p2p chat as the reply while a follow-up waits, and as a help request otherwise', async () => {
    // Before any follow-up, words to the bot get the help card, as before.
    const early = messageReceiveEvent(h.fake, { openId: OWNER, text: '你好' });
    await h.post(early);
    const help = await h.fake.waitForMessage((m) => m.uuid === `sb-${early.header.event_id}`);
    expect(feishuCardText(help.content)).not.toContain('已附在提问');

    const q = await h.core.askQuestion({ actor: owner, body: '渠道怎么选？' });
    await h.core.askQuestionFollowUp({
      actor: owner,
      communityId: community.id,
      questionId: q.id,
      body: '你们现在卖给谁？',
    });
    const reply = messageReceiveEvent(h.fake, { openId: OWNER, text: '主要卖给小 B 客户 <at>' });
    expect((await h.post(reply)).status).toBe(200);
    const confirm = await h.fake.waitForMessage((m) => m.uuid === `sb-${reply.header.event_id}`);
    expect(feishuCardText(confirm.content)).toContain('你的回复已附在提问“渠道怎么选？”下');
    // Feishu redelivers when unsure: the same event attaches nothing twice.
    await h.post(reply);
    const [mine] = await h.core.listMyQuestions({ actor: owner });
    expect(mine?.thread?.map((m) => [m.from, m.body])).toEqual([
      ['coach', '你们现在卖给谁？'],
      ['member', '主要卖给小 B 客户 <at>'],
    ]);
  });
});
