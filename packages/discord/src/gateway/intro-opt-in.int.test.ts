import type { Dispatcher } from '@snowball/commands';
import type { Actor } from '@snowball/core';
import {
  type DispatchedInteraction,
  discordButtonsIn,
  discordTextIn,
  FakeDiscord,
  type FakeDiscordUser,
  type IntroPairMember,
  seedIntroPair,
} from '@snowball/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordRest } from '../ports/create-discord-rest.js';
import { DiscordMessenger } from '../ports/discord-messenger.js';
import { createDiscordTestClub, type DiscordTestClub } from '../testing/discord-test-club.js';
import { type DiscordBot, startDiscordBot } from './start-discord-bot.js';

// The double opt-in of introductions through the real discord.js client and the fake Discord: a matching
// round, the proposal DMs, and the members' presses on the DM buttons (no guild in the interaction: the
// custom id names it, `dm/<guild>/intros:accept:<id>`).

let fake: FakeDiscord;
let bot: DiscordBot;
let messenger: DiscordMessenger;
// Each test gets a fresh club on the same guild (a pair is never proposed twice), behind one bot.
let club: DiscordTestClub;
let owner: Actor;
let lilei: IntroPairMember;
let sam: IntroPairMember;
const users = new Map<string, FakeDiscordUser>();

const communityId = () => club.community.id;
const dmCustom = (action: string) => `dm/${fake.guild.id}/${action}`;
const allDmsTo = (member: IntroPairMember) => fake.messagesIn(fake.dmChannelOf(member.platformUserId) ?? '');
/** DMs already there when the pair was seeded (the welcome of their approval), left out of `dmsTo`. */
const seededDms = new Map<string, number>();
/** The member's DMs since the pair was seeded: the introduction's own. */
const dmsTo = (member: IntroPairMember) => allDmsTo(member).slice(seededDms.get(member.platformUserId) ?? 0);
const introOf = async (id: string) => club.ports.introductions.get(communityId(), id);

/** Proposes the pair: a matching round, then the proposal DMs. */
async function propose(): Promise<string> {
  const round = await club.core.runMatchingRound({ actor: owner, communityId: communityId() });
  expect(round.introductions.map((i) => [i.memberA, i.memberB])).toEqual([[lilei.id, sam.id]]);
  const introductionId = round.introductions[0]?.id as string;
  const notified = await club.core.notifyIntro({ communityId: communityId(), introductionId });
  expect(notified.results.map((r) => r.status)).toEqual(['sent', 'sent']);
  return introductionId;
}

/**
 * Presses a button of the member's DM as Discord delivers it (no guild; the Discord client in English, so
 * the answer's language shows the member's own choice). Returns the interaction and the text of the answer.
 */
async function press(
  member: IntroPairMember,
  action: string,
): Promise<{ interaction: DispatchedInteraction; text: string }> {
  const user = users.get(member.platformUserId) as FakeDiscordUser;
  const interaction = fake.dispatchInteraction({
    kind: 'button',
    dm: true,
    user,
    locale: 'en-US',
    customId: dmCustom(action),
  });
  const response = await fake.waitForResponse(interaction);
  expect(response.status).toBeLessThan(300);
  if ((response.body as { type?: number }).type !== 5) return { interaction, text: discordTextIn(response.body) };
  const edit = await fake.waitForCall('webhookMessageEdit', (c) => c.params.token === interaction.token);
  return { interaction, text: discordTextIn(edit.body) };
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  messenger = new DiscordMessenger(createDiscordRest({ token: fake.token, apiUrl: fake.url }));
  const current: Dispatcher = {
    find: (name) => club.dispatcher.find(name),
    dispatch: (invocation) => club.dispatcher.dispatch(invocation),
  };
  bot = await startDiscordBot({
    token: fake.token,
    applicationId: fake.applicationId,
    guildIds: [fake.guild.id],
    apiUrl: fake.url,
    dispatcher: current,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

beforeEach(async () => {
  club = await createDiscordTestClub({ guildId: fake.guild.id, messenger });
  owner = { kind: 'member', communityId: communityId(), memberId: club.ownerId, roles: ['owner'] };
  const pair = [fake.newUser('lilei', { globalName: '李雷' }), fake.newUser('sam', { globalName: 'Sam' })] as const;
  for (const user of pair) users.set(user.id, user);
  [lilei, sam] = await seedIntroPair({
    core: club.core,
    community: club.community,
    owner,
    platform: 'discord',
    workspaceId: fake.guild.id,
    userIds: [pair[0].id, pair[1].id],
  });
  for (const member of [lilei, sam]) seededDms.set(member.platformUserId, allDmsTo(member).length);
});

describe('introduction opt-in on Discord', () => {
  it('proposes the pair by DM: the other’s summary, why, and Accept / Decline / Later naming the guild', async () => {
    const introductionId = await propose();

    const [toLilei] = dmsTo(lilei);
    const zh = discordTextIn(toLilei);
    expect(zh).toContain('新的引荐');
    expect(zh).toContain('Sam Tan');
    expect(zh).toContain('Tan Freight');
    expect(zh).toMatch(/推荐理由\n你需要「跨境物流」/);
    expect(discordButtonsIn(toLilei).map((b) => [b.custom_id, b.label])).toEqual([
      [dmCustom(`intros:accept:${introductionId}`), '接受'],
      [dmCustom(`intros:decline:${introductionId}`), '婉拒'],
      [dmCustom(`intros:snooze:${introductionId}`), '稍后再说'],
    ]);

    const [toSam] = dmsTo(sam);
    const en = discordTextIn(toSam);
    expect(en).toContain('A new introduction');
    expect(en).toContain('李雷');
    expect(en).toContain('雷霆跨境');
    expect(en).toMatch(/Why we suggest it\nYou need “Amazon sellers as clients”/);
    expect(discordButtonsIn(toSam).map((b) => b.label)).toEqual(['Accept', 'Decline', 'Later']);

    // The Later button routes back to this introduction from the DM (no guild in the interaction).
    const later = await press(sam, `intros:snooze:${introductionId}`);
    expect(later.interaction.payload.guild_id).toBeUndefined();
    expect(later.text).toContain('OK, later. The introduction stays open until');
    expect((await introOf(introductionId))?.answerB).toBe('snoozed');
  });

  it('both accept → introduced, each gets a DM with the other’s mention; a second press changes nothing', async () => {
    const introductionId = await propose();
    const first = await press(lilei, `intros:accept:${introductionId}`);
    expect(first.text).toContain('谢谢！Sam Tan也接受后，我们会为你们牵线。');
    expect(await introOf(introductionId)).toMatchObject({ status: 'proposed', answerA: 'accepted' });

    const second = await press(sam, `intros:accept:${introductionId}`);
    expect(second.text).toContain('You and 李雷 both accepted: you are connected!');
    expect((await introOf(introductionId))?.status).toBe('introduced');

    const [, lileiConnected, ...moreToLilei] = dmsTo(lilei);
    const [, samConnected, ...moreToSam] = dmsTo(sam);
    expect([moreToLilei, moreToSam]).toEqual([[], []]);
    expect(discordTextIn(lileiConnected)).toContain('引荐成功');
    expect(discordTextIn(lileiConnected)).toContain(`Discord: <@${sam.platformUserId}>`);
    expect(discordTextIn(samConnected)).toContain('You are connected');
    expect(discordTextIn(samConnected)).toContain(`Discord: <@${lilei.platformUserId}>`);
    // The mention shows as a user, yet pings nobody.
    expect(lileiConnected?.allowed_mentions).toEqual({ parse: [] });
    // The connection carries no buttons: nothing is left to answer.
    expect(discordButtonsIn(samConnected)).toEqual([]);

    const messagesBefore = fake.callsTo('createMessage').length;
    const again = await press(lilei, `intros:accept:${introductionId}`);
    expect(again.text).toContain('这条引荐已结束。');
    const changed = await press(sam, `intros:decline:${introductionId}`);
    expect(changed.text).toContain('This introduction is no longer open.');
    expect(await introOf(introductionId)).toMatchObject({
      status: 'introduced',
      answerA: 'accepted',
      answerB: 'accepted',
    });
    expect(fake.callsTo('createMessage')).toHaveLength(messagesBefore);
  });

  it('one declines → declined, the other is told nothing, and no later round proposes the pair', async () => {
    const introductionId = await propose();
    await press(lilei, `intros:accept:${introductionId}`);
    const messagesBefore = fake.callsTo('createMessage').length;

    const declined = await press(sam, `intros:decline:${introductionId}`);
    expect(declined.text).toContain('Declined. Nobody is told why');
    expect(await introOf(introductionId)).toMatchObject({
      status: 'declined',
      answerA: 'accepted',
      answerB: 'declined',
    });
    // Nothing reaches 李雷: no DM tells him about the decline, let alone why.
    expect(fake.callsTo('createMessage')).toHaveLength(messagesBefore);
    expect(dmsTo(lilei)).toHaveLength(1);

    // His button now answers that the introduction is closed, in his language.
    const late = await press(lilei, `intros:decline:${introductionId}`);
    expect(late.text).toContain('这条引荐已结束。');

    club.ports.clock.advanceDays(30);
    const later = await club.core.runMatchingRound({ actor: owner, communityId: communityId() });
    expect(later.introductions).toEqual([]);
  });

  it('nobody answers in time → expired, and a later press says so in each member’s language', async () => {
    const introductionId = await propose();
    club.ports.clock.advanceDays(13);
    expect(await club.core.expireIntros({ actor: owner, communityId: communityId() })).toEqual([]);

    club.ports.clock.advanceDays(2);
    const expired = await club.core.expireIntros({ actor: owner, communityId: communityId() });
    expect(expired.map((i) => [i.id, i.status])).toEqual([[introductionId, 'expired']]);

    const zh = await press(lilei, `intros:accept:${introductionId}`);
    expect(zh.text).toContain('这条引荐已过期（双方未在期限内回复）。');
    const en = await press(sam, `intros:accept:${introductionId}`);
    expect(en.text).toContain('This introduction expired before both of you answered.');
    expect(await introOf(introductionId)).toMatchObject({ status: 'expired', answerA: 'pending', answerB: 'pending' });

    // Expired pairs are not proposed again either.
    const later = await club.core.runMatchingRound({ actor: owner, communityId: communityId() });
    expect(later.introductions).toEqual([]);
  });

  it('a press delivered twice (same interaction id) has its effect once', async () => {
    const introductionId = await propose();
    await press(lilei, `intros:accept:${introductionId}`);
    const { interaction } = await press(sam, `intros:accept:${introductionId}`);
    expect((await introOf(introductionId))?.status).toBe('introduced');
    const messagesBefore = fake.callsTo('createMessage').length;
    const contributions = async () =>
      (await club.ports.contributions.listForMember(communityId(), sam.id)).map((c) => c.kind);
    expect(await contributions()).toEqual(['intro']);

    fake.redeliverInteraction(interaction);
    // The bot answers the replay too; Discord refuses a second response to one interaction (40060).
    const replayed = await waitFor(() => {
      const calls = fake.callsTo('interactionCallback', (c) => c.params.interactionId === interaction.id);
      return calls.length === 2 ? calls[1] : undefined;
    });
    expect(replayed.status).toBe(400);
    expect(fake.callsTo('createMessage')).toHaveLength(messagesBefore);
    expect(await introOf(introductionId)).toMatchObject({ status: 'introduced', answerB: 'accepted' });
    expect(await contributions()).toEqual(['intro']);
  });
});

async function waitFor<T>(find: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
