import type { Dispatcher } from '@snowball/commands';
import type { Actor } from '@snowball/core';
import {
  type DiscordJson,
  discordButtonsIn,
  discordModalInputs,
  discordTextIn,
  FakeDiscord,
  type FakeDiscordUser,
  inDirectMessage,
  modalSubmitInteraction,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest } from '../ports/create-discord-rest.js';
import { DiscordMessenger } from '../ports/discord-messenger.js';
import { createDiscordTestClub, type DiscordTestClub } from '../testing/discord-test-club.js';
import { type DiscordBot, startDiscordBot } from './start-discord-bot.js';

// The applicant's journey through the real discord.js client and the fake Discord: /apply with a referrer in the
// guild, the vouch request and every decision by DM, and the DM buttons pressed where Discord delivers them
// (no guild in the interaction: the custom id names it, `dm/<guild>/apply:answer:<id>`).

let fake: FakeDiscord;
let bot: DiscordBot;
let club: DiscordTestClub;
let owner: Actor;
let olivia: FakeDiscordUser;
let nina: FakeDiscordUser;
let rita: FakeDiscordUser;

type Body = { type: number; data: DiscordJson & { custom_id?: string } };
const dmsTo = (user: FakeDiscordUser) => fake.messagesIn(fake.dmChannelOf(user.id) ?? '');
const dmCustom = (action: string) => `dm/${fake.guild.id}/${action}`;

async function answer(spec: Parameters<FakeDiscord['dispatchInteraction']>[0]): Promise<Body> {
  const interaction = fake.dispatchInteraction(spec);
  const response = await fake.waitForResponse(interaction);
  expect(response.status).toBeLessThan(300);
  const body = response.body as Body;
  if (body.type !== 5) return body;
  const edit = await fake.waitForCall('webhookMessageEdit', (c) => c.params.token === interaction.token);
  return { type: 4, data: edit.body as DiscordJson };
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const messenger = new DiscordMessenger(createDiscordRest({ token: fake.token, apiUrl: fake.url }));
  club = await createDiscordTestClub({ guildId: fake.guild.id, messenger });
  owner = { kind: 'member', communityId: club.community.id, memberId: club.ownerId, roles: ['owner'] };
  olivia = fake.newUser('olivia', { globalName: 'Olivia' });
  await club.linkOwner(fake.guild.id, olivia.id);
  nina = fake.newUser('nina', { globalName: 'Nina' });
  rita = fake.newUser('rita', { globalName: 'Rita' });
  const dispatcher: Dispatcher = { find: (n) => club.dispatcher.find(n), dispatch: (i) => club.dispatcher.dispatch(i) };
  bot = await startDiscordBot({
    token: fake.token,
    applicationId: fake.applicationId,
    guildIds: [fake.guild.id],
    apiUrl: fake.url,
    dispatcher,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function applyAs(user: FakeDiscordUser, options: Record<string, string> = {}): Promise<string> {
  const apply = await answer({ kind: 'command', user, name: 'apply', options });
  const [pledge] = discordButtonsIn(apply);
  const form = await answer({ kind: 'button', user, customId: String(pledge?.custom_id) });
  expect(form.type).toBe(9);
  const submitted = await answer({
    kind: 'modal',
    user,
    customId: String(form.data.custom_id),
    values: { name: `${user.username} Applicant`, company: 'Freight Co', about: 'Freight forwarding to Vietnam' },
  });
  expect(discordTextIn(submitted)).toContain('Thank you');
  const { items } = await club.core.listApplications({ actor: owner, communityId: club.community.id });
  const mine = items.find(
    (a) => a.platformUserId === user.id && (a.status === 'pending' || a.status === 'info_requested'),
  );
  return mine?.id as string;
}

describe('the applicant’s journey on Discord', () => {
  it('referrer vouches from a DM; the question, the answer form and the approval all travel by DM', async () => {
    const ownerHandle = (await club.ports.members.get(club.community.id, club.ownerId))?.handle as string;
    const applicationId = await applyAs(nina, { referrer: ownerHandle });

    const [ask] = dmsTo(olivia);
    expect(discordTextIn(ask)).toContain('named you as their referrer');
    expect(discordButtonsIn(ask).map((b) => b.custom_id)).toEqual([dmCustom(`apply:vouch:${applicationId}`)]);
    const vouched = await answer({
      kind: 'button',
      dm: true,
      user: olivia,
      customId: dmCustom(`apply:vouch:${applicationId}`),
    });
    expect(discordTextIn(vouched)).toContain('Thank you for vouching');

    // /apply again: the state, not a second form.
    const again = await answer({ kind: 'command', user: nina, name: 'apply' });
    expect(discordTextIn(again)).toContain('is under review');

    await club.core.requestApplicationInfo({
      actor: owner,
      communityId: club.community.id,
      applicationId,
      message: 'Which ports do you serve?',
    });
    // The decision itself sends the DM (no separate call).
    const question = dmsTo(nina).at(-1);
    expect(discordTextIn(question)).toContain('Which ports do you serve?');
    const [answerButton] = discordButtonsIn(question);
    expect(answerButton?.custom_id).toBe(dmCustom(`apply:answer:${applicationId}`));
    const form = await answer({ kind: 'button', dm: true, user: nina, customId: String(answerButton?.custom_id) });
    expect(form.type).toBe(9);
    expect(discordModalInputs(form).map((i) => i.custom_id)).toEqual(['answer']);
    // Submitted in the DM, as Discord sends it: no guild, the custom id names it.
    const channelId = fake.dmChannelOf(nina.id) as string;
    const ctx = { applicationId: fake.applicationId, guildId: fake.guild.id, channelId, user: nina, locale: 'en-US' };
    const modal = modalSubmitInteraction(ctx, {
      customId: String(form.data.custom_id),
      values: { answer: 'Haiphong and Ho Chi Minh City' },
    });
    const submitted = fake.dispatchRawInteraction(inDirectMessage(modal, { id: channelId, type: 1 }));
    const sent = (await fake.waitForResponse(submitted)).body as Body;
    expect(discordTextIn(sent)).toContain('back under review');
    expect(discordTextIn(dmsTo(olivia).at(-1))).toContain('answered your question');

    const beforeApproval = dmsTo(nina).length;
    await club.core.approveApplication({ actor: owner, communityId: club.community.id, applicationId });
    expect(dmsTo(nina)).toHaveLength(beforeApproval + 1);
    const welcome = discordTextIn(dmsTo(nina).at(-1));
    expect(welcome).toContain('your application is approved');
    expect(welcome).toContain('1,000 CNY');
    expect(welcome).toContain('How to confirm payment');
  });

  it('a rejection reaches the applicant by DM, without the reason unless the reviewer shares it', async () => {
    const applicationId = await applyAs(rita);
    await club.core.rejectApplication({
      actor: owner,
      communityId: club.community.id,
      applicationId,
      reason: 'Internal note: duplicate of a banned account',
    });
    const [rejected] = dmsTo(rita).slice(-1);
    expect(discordTextIn(rejected)).toContain('not able to accept your application');
    expect(discordTextIn(rejected)).not.toContain('banned');
    // A retried decision and the safety-net job send nothing more.
    const count = dmsTo(rita).length;
    await expect(
      club.core.rejectApplication({ actor: owner, communityId: club.community.id, applicationId, reason: 'Again' }),
    ).rejects.toMatchObject({ code: 'application.already_decided' });
    await club.core.deliverApplicationDecision({ communityId: club.community.id, applicationId });
    expect(dmsTo(rita)).toHaveLength(count);
  });
});
