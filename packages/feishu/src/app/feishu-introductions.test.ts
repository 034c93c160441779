import { type Actor, type Community, introGroupKey } from '@snowball/core';
import {
  cardActionEvent,
  type FeishuSentMessage,
  feishuCardButtons,
  feishuCardText,
  type IntroPairMember,
  messageReceiveEvent,
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

describe('a group introduction of three in /intros on Feishu', () => {
  it('lists the group as one card entry naming both others, with one Accept for the group', async () => {
    h.fake.addUser({ openId: 'ou_li2', name: '李雷 2' });
    h.fake.addUser({ openId: 'ou_sam2', name: 'Sam 2' });
    // Two more members (the same names as the first pair): with Sam, three who never had an introduction together.
    const [li2, sam2] = await seedIntroPair({
      core: h.core,
      community,
      owner,
      platform: 'feishu',
      workspaceId: h.fake.tenantKey,
      userIds: ['ou_li2', 'ou_sam2'],
    });
    const pairs = await h.core.proposeIntroTrio({
      actor: owner,
      communityId: community.id,
      memberIds: [sam.id, li2?.id as string, sam2?.id as string],
      reason: 'Three who ship to Southeast Asia',
    });
    expect(pairs).toHaveLength(3);
    h.fake.clearRecords();

    const event = messageReceiveEvent(h.fake, { openId: sam.platformUserId, text: '/intros' });
    expect((await h.post(event)).status).toBe(200);
    const list = await h.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
    const text = feishuCardText(list.content);
    expect(text).toMatch(/(李雷 and Sam Tan|Sam Tan and 李雷) · group of three · new/);
    expect(text).toContain('Why we suggest it: Three who ship to Southeast Asia');
    const accepts = feishuCardButtons(list.content).filter((b) => String(b.value.action).startsWith('intros:accept:'));
    // The button carries one of Sam's two pairs of the group: core answers for the whole group.
    expect(accepts).toHaveLength(1);
    const samPairs = pairs.filter((p) => p.memberA === sam.id || p.memberB === sam.id).map((p) => p.id);
    expect(samPairs).toContain(String(accepts[0]?.value.action).split(':')[2]);
  });
});
