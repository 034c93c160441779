import { type Actor, type Community, introGroupKey } from '@snowball/core';
import {
  cardActionEvent,
  type FeishuSentMessage,
  feishuCardButtons,
  feishuCardText,
  type IntroPairMember,
  seedIntroPair,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, type FeishuHarness, startFeishuHarness } from '../testing/feishu-harness.js';

// Both members on Feishu: the proposal cards, both accept by button, and one group chat with the two of
// them and the bot where the introduction is posted once.

let h: FeishuHarness;
let community: Community;
let owner: Actor;
let lilei: IntroPairMember;
let sam: IntroPairMember;

beforeAll(async () => {
  h = await startFeishuHarness();
  ({ community, owner } = await createClub(h, { slug: 'club', ownerOpenId: 'ou_owner' }));
  h.fake.addUser({ openId: 'ou_lilei', name: '李雷' });
  h.fake.addUser({ openId: 'ou_sam', name: 'Sam' });
  [lilei, sam] = await seedIntroPair({
    core: h.core,
    community,
    owner,
    platform: 'feishu',
    workspaceId: h.fake.tenantKey,
    userIds: ['ou_lilei', 'ou_sam'],
  });
  h.fake.clearRecords();
});
afterAll(() => h?.close());

async function accept(member: IntroPairMember, introductionId: string): Promise<string> {
  const proposal = h.fake
    .messagesTo(member.platformUserId)
    .find((m) => feishuCardButtons(m.content).some((b) => b.value.action === `intros:accept:${introductionId}`));
  const button = feishuCardButtons(proposal?.content ?? {}).find(
    (b) => b.value.action === `intros:accept:${introductionId}`,
  );
  const event = cardActionEvent(h.fake, { openId: member.platformUserId, value: button?.value ?? {} });
  expect((await h.post(event)).status).toBe(200);
  const answer = await h.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
  return feishuCardText(answer.content);
}

describe('introductions on Feishu', () => {
  it('connects two Feishu members in one group chat with the bot, once', async () => {
    const round = await h.core.runMatchingRound({ actor: owner, communityId: community.id });
    const introductionId = round.introductions[0]?.id as string;
    await h.core.notifyIntro({ communityId: community.id, introductionId });
    expect(h.fake.messagesTo('ou_lilei')).toHaveLength(1);
    expect(h.fake.messagesTo('ou_sam')).toHaveLength(1);

    expect(await accept(lilei, introductionId)).toContain('Sam Tan也接受后');
    expect(await accept(sam, introductionId)).toContain('李雷');
    await h.runtime.idle();

    const chats = [...h.fake.createdChats];
    expect(chats.map(([, c]) => c.members)).toEqual([['ou_lilei', 'ou_sam']]);
    const [chatId] = chats[0] as [string, unknown];
    const posted = h.fake.messagesTo(chatId) as FeishuSentMessage[];
    expect(posted).toHaveLength(1);
    expect(feishuCardText(posted[0]?.content ?? {})).toMatch(/李雷[\s\S]*Sam Tan|Sam Tan[\s\S]*李雷/);
    expect((await h.ports.deliveries.get(introGroupKey(introductionId)))?.status).toBe('sent');

    // A retried announcement sends nothing more.
    const again = await h.core.notifyIntro({ communityId: community.id, introductionId });
    expect(again.results.map((r) => r.status)).toEqual(['already_sent']);
    expect(h.fake.messagesTo(chatId)).toHaveLength(1);
  });
});
