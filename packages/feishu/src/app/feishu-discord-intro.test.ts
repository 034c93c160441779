import type { Actor, Community, Messenger } from '@snowball/core';
import { createDiscordRest, DiscordMessenger } from '@snowball/discord';
import {
  cardActionEvent,
  discordTextIn,
  FakeDiscord,
  type FeishuSentMessage,
  feishuCardButtons,
  feishuCardText,
  type IntroPairMember,
  messageReceiveEvent,
  seedIntroPair,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, type FeishuHarness, startFeishuHarness } from '../testing/feishu-harness.js';

// One club on two platforms: 李雷 uses Feishu, Sam uses Discord. The matching round introduces them; each is
// asked on their own platform (a Feishu card, a Discord DM), and once both accept each is told on theirs.

let h: FeishuHarness;
let discord: FakeDiscord;
let community: Community;
let owner: Actor;
let lilei: IntroPairMember;
let sam: IntroPairMember;

const LEI = 'ou_lilei';

beforeAll(async () => {
  discord = await FakeDiscord.start();
  const discordMessenger = new DiscordMessenger(createDiscordRest({ token: discord.token, apiUrl: discord.url }));
  h = await startFeishuHarness({
    // What the composition's platform router does: each account through its own platform.
    messenger: (feishu): Messenger => ({
      send: (account, message) =>
        account.platform === 'feishu'
          ? feishu.messenger.send(account, message)
          : discordMessenger.send(account, message),
    }),
  });
  ({ community, owner } = await createClub(h, { slug: 'club', ownerOpenId: 'ou_owner' }));
  await h.ports.communities.attachWorkspace(community.id, 'discord', discord.guild.id);
  h.fake.addUser({ openId: LEI, name: '李雷' });
  const samOnDiscord = discord.newUser('sam', { globalName: 'Sam' });
  // Both join through Feishu accounts; Sam's is then replaced by his Discord account.
  h.fake.addUser({ openId: 'ou_sam', name: 'Sam' });
  [lilei, sam] = await seedIntroPair({
    core: h.core,
    community,
    owner,
    platform: 'feishu',
    workspaceId: h.fake.tenantKey,
    userIds: [LEI, 'ou_sam'],
  });
  await h.ports.accounts.unlinkAll(community.id, sam.id);
  await h.ports.accounts.link({
    communityId: community.id,
    platform: 'discord',
    workspaceId: discord.guild.id,
    platformUserId: samOnDiscord.id,
    memberId: sam.id,
    linkedAt: h.ports.clock.now(),
  });
  h.fake.clearRecords();
});

afterAll(async () => {
  await h?.close();
  await discord?.close();
});

const dmsToSam = async () => {
  const [account] = await h.ports.accounts.listForMember(community.id, sam.id);
  return discord.messagesIn(discord.dmChannelOf(account?.platformUserId ?? '') ?? '');
};

describe('one membership across Feishu and Discord', () => {
  it('introduces a Feishu member and a Discord member: each asked and connected on their own platform', async () => {
    const round = await h.core.runMatchingRound({ actor: owner, communityId: community.id });
    expect(round.introductions.map((i) => [i.memberA, i.memberB])).toEqual([[lilei.id, sam.id]]);
    const introductionId = round.introductions[0]?.id as string;
    const notified = await h.core.notifyIntro({ communityId: community.id, introductionId });
    expect(notified.results.map((r) => r.status)).toEqual(['sent', 'sent']);

    // 李雷 gets a Feishu card in Chinese with the three answers; Sam a Discord DM in English.
    const [proposal] = h.fake.messagesTo(LEI) as [FeishuSentMessage];
    expect(feishuCardText(proposal.content)).toContain('新的引荐');
    expect(feishuCardText(proposal.content)).toContain('Sam Tan');
    const buttons = feishuCardButtons(proposal.content);
    expect(buttons.map((b) => b.value.action)).toEqual([
      `intros:accept:${introductionId}`,
      `intros:decline:${introductionId}`,
      `intros:snooze:${introductionId}`,
    ]);
    expect(discordTextIn((await dmsToSam())[0])).toContain('A new introduction');

    // 李雷 accepts on Feishu: the button routes back to the catalogue.
    const accept = cardActionEvent(h.fake, {
      openId: LEI,
      value: buttons[0]?.value ?? {},
      messageId: proposal.messageId,
    });
    expect((await h.post(accept)).status).toBe(200);
    const thanks = await h.fake.waitForMessage((m) => m.uuid === `sb-${accept.header.event_id}`);
    expect(feishuCardText(thanks.content)).toContain('Sam Tan也接受后');

    // Sam accepts on Discord (what the Discord adapter dispatches for his button).
    const [samAccount] = await h.ports.accounts.listForMember(community.id, sam.id);
    const reply = await h.dispatcher.dispatch({
      type: 'action',
      caller: {
        platform: 'discord',
        workspaceId: discord.guild.id,
        userId: samAccount?.platformUserId as string,
        userName: 'sam',
        locale: 'en-US',
      },
      action: `intros:accept:${introductionId}`,
    });
    expect(reply).toMatchObject({ kind: 'message' });
    expect(JSON.stringify(reply)).toContain('李雷 both accepted');
    expect((await h.ports.introductions.get(community.id, introductionId))?.status).toBe('introduced');

    // Each is told on their own platform; the Feishu card carries no Discord mention syntax.
    await h.runtime.idle();
    const connected = h.fake.messagesTo(LEI).at(-1) as FeishuSentMessage;
    expect(feishuCardText(connected.content)).toContain('引荐成功');
    expect(JSON.stringify(connected.content)).not.toMatch(/<@\d+>/);
    const samDms = await dmsToSam();
    expect(discordTextIn(samDms.at(-1))).toContain('You are connected');
  });

  it('/link on Feishu makes a code that links a Discord account to the same membership', async () => {
    const event = messageReceiveEvent(h.fake, { openId: LEI, text: '/关联' });
    expect((await h.post(event)).status).toBe(200);
    const card = await h.fake.waitForMessage((m) => m.uuid === `sb-${event.header.event_id}`);
    const code = /(?:link code is|关联码是) ?([A-Za-z0-9-]+)/.exec(feishuCardText(card.content))?.[1];
    expect(code).toBeDefined();
    const other = discord.newUser('lilei-discord', { globalName: '李雷' });
    const reply = await h.dispatcher.dispatch({
      type: 'command',
      caller: {
        platform: 'discord',
        workspaceId: discord.guild.id,
        userId: other.id,
        userName: 'lilei',
        locale: 'zh-CN',
      },
      name: 'link',
      subcommand: null,
      options: { code: code as string },
    });
    expect(reply).toMatchObject({ kind: 'message', tone: 'success' });
    const accounts = await h.ports.accounts.listForMember(community.id, lilei.id);
    expect(accounts.map((a) => a.platform).sort()).toEqual(['discord', 'feishu']);
  });
});
