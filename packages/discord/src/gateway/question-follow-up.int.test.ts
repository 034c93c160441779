import type { Actor } from '@snowball/core';
import { type DiscordJson, FakeDiscord, type FakeDiscordUser } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest } from '../ports/create-discord-rest.js';
import { DiscordMessenger } from '../ports/discord-messenger.js';
import { createDiscordTestClub, type DiscordTestClub } from '../testing/discord-test-club.js';
import { type DiscordBot, startDiscordBot } from './start-discord-bot.js';

// A coach's follow-up reaches the member's DMs through the real discord.js client and the fake Discord; the member
// answers in that DM, and the reply lands under their question with a confirmation in the DM.

let fake: FakeDiscord;
let bot: DiscordBot;
let club: DiscordTestClub;
let member: Actor;
let coach: Actor;
let ann: FakeDiscordUser;

async function linked(user: FakeDiscordUser, name: string): Promise<string> {
  const id = club.ports.ids.id();
  await club.ports.members.create({
    id,
    communityId: club.community.id,
    handle: name.toLowerCase(),
    displayName: name,
    email: null,
    locale: 'en',
    timezone: null,
    reminderLeadMinutes: null,
    remindersMuted: false,
    matchingExcluded: false,
    notes: '',
    createdAt: club.ports.clock.now(),
    deletedAt: null,
  });
  await club.ports.accounts.link({
    communityId: club.community.id,
    platform: 'discord',
    workspaceId: fake.guild.id,
    platformUserId: user.id,
    memberId: id,
    linkedAt: club.ports.clock.now(),
  });
  return id;
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const messenger = new DiscordMessenger(createDiscordRest({ token: fake.token, apiUrl: fake.url }));
  club = await createDiscordTestClub({ guildId: fake.guild.id, messenger });
  ann = fake.newUser('ann', { globalName: 'Ann' });
  const annId = await linked(ann, 'Ann');
  const chenId = await linked(fake.newUser('chen', { globalName: 'Chen' }), 'Chen');
  member = { kind: 'member', communityId: club.community.id, memberId: annId, roles: ['owner'] };
  coach = { kind: 'member', communityId: club.community.id, memberId: chenId, roles: ['coach'] };
  bot = await startDiscordBot({
    token: fake.token,
    applicationId: fake.applicationId,
    guildIds: [fake.guild.id],
    apiUrl: fake.url,
    dispatcher: club.dispatcher,
    conversations: club.core,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const contentOf = (call: { body: unknown }) => JSON.stringify(call.body);

describe('Discord: replying to a coach’s follow-up in the DM', () => {
  it('attaches the DM reply to the question and confirms it there', async () => {
    // Asked as staff (no membership needed in this fixture club); the reply path is the member's own.
    const q = await club.core.askQuestion({ actor: member, body: 'Which marketplace first?' });
    await club.core.askQuestionFollowUp({
      actor: coach,
      communityId: club.community.id,
      questionId: q.id,
      body: 'What is your budget?',
    });
    await fake.waitForCall('createMessage', (c) => contentOf(c).includes('What is your budget?'));
    const dm = fake.dmChannelOf(ann.id) as string;
    expect(dm).toBeTruthy();

    const sent: DiscordJson = fake.dispatchMessage({
      author: ann,
      content: 'About 20k, **tight** @everyone',
      guildId: null,
      channelId: dm,
    });
    const confirm = await fake.waitForCall(
      'createMessage',
      (c) => c.params.channelId === dm && contentOf(c).includes('the coach has been told'),
    );
    expect((confirm.body as { message_reference?: { message_id?: string } }).message_reference?.message_id).toBe(
      sent.id,
    );
    const [mine] = await club.core.listMyQuestions({ actor: member });
    expect(mine?.thread?.map((m) => [m.from, m.body])).toEqual([
      ['coach', 'What is your budget?'],
      ['member', 'About 20k, **tight** @everyone'],
    ]);
  });
});
