import {
  type ChatMessage,
  catalogue,
  defineCommand,
  formReply,
  privateMessage,
  replyProblems,
} from '@snowball/commands';
import type { Actor } from '@snowball/core';
import {
  type DiscordJson,
  discordButtonsIn,
  discordModalInputs,
  discordTextIn,
  FakeDiscord,
  type FakeDiscordInteraction,
  type FakeDiscordUser,
} from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest } from '../ports/create-discord-rest.js';
import { DiscordMessenger } from '../ports/discord-messenger.js';
import { DiscordRoleSync } from '../ports/discord-role-sync.js';
import { discordModalProblems, discordPayloadProblems } from '../render/discord-payload-problems.js';
import { renderModal } from '../render/render-modal.js';
import type { DiscordMessagePayload } from '../render/render-reply.js';
import { renderReply } from '../render/render-reply.js';
import { createDiscordTestClub, type DiscordTestClub, RecordingDiscordLogger } from '../testing/discord-test-club.js';
import { type DiscordBot, startDiscordBot } from './start-discord-bot.js';

// A command that needs longer than the deferral threshold and then asks for a form: the case where a
// modal can no longer be the first response.
const slowFormCommand = defineCommand({
  name: 'slowform',
  localizedName: { 'zh-CN': '慢表单' },
  description: { en: 'Slow form (test)', 'zh-CN': '慢表单（测试）' },
  access: 'anyone',
  async run() {
    await new Promise((resolve) => setTimeout(resolve, 1200));
    return formReply({
      action: 'slowform:submit',
      title: 'Slow form',
      fields: [{ id: 'note', label: 'Note', style: 'short', required: true, maxLength: 100 }],
    });
  },
  actions: {
    async submit(_ctx, _arg, values) {
      return privateMessage(`Got ${values?.note ?? ''}`, { tone: 'success' });
    },
  },
});
const commands = [...catalogue, slowFormCommand];

let fake: FakeDiscord;
let club: DiscordTestClub;
let bot: DiscordBot;
let owner: FakeDiscordUser;
let alice: FakeDiscordUser;
const logger = new RecordingDiscordLogger();
const chat: ChatMessage[] = [];

type Callback = { type: number; data: DiscordJson & { flags?: number; custom_id?: string } };
const bodyOf = (call: { body: unknown }) => call.body as Callback;

async function run(spec: FakeDiscordInteraction) {
  const interaction = fake.dispatchInteraction(spec);
  const response = await fake.waitForResponse(interaction);
  return { interaction, response, body: bodyOf(response) };
}

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const ownerActor = (): Actor => ({
  kind: 'member',
  communityId: club.community.id,
  memberId: club.ownerId,
  roles: ['owner'],
});

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const rest = createDiscordRest({ token: fake.token, apiUrl: fake.url });
  club = await createDiscordTestClub({
    guildId: fake.guild.id,
    roleSync: new DiscordRoleSync(rest, fake.guild.memberRoleId),
    messenger: new DiscordMessenger(rest),
    extraCommands: [slowFormCommand],
    logger,
  });
  owner = fake.newUser('olivia');
  alice = fake.newUser('alice', { globalName: 'Alice' });
  await club.linkOwner(fake.guild.id, owner.id);
  bot = await startDiscordBot({
    token: fake.token,
    applicationId: fake.applicationId,
    guildIds: [fake.guild.id],
    memberRoleId: fake.guild.memberRoleId,
    apiUrl: fake.url,
    dispatcher: club.dispatcher,
    onMessage: (message) => {
      chat.push(message);
    },
    logger,
    commands,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('Discord bot against a fake Discord', () => {
  it('registers the whole catalogue in the guild on start, localized in zh-CN', () => {
    const [put, ...others] = fake.callsTo('registerCommands');
    expect(others).toEqual([]);
    expect(put?.params).toEqual({ applicationId: fake.applicationId, guildId: fake.guild.id });
    const body = put?.body as { type: number; name: string; name_localizations?: Record<string, string> }[];
    expect(body.map((c) => c.name)).toEqual(commands.map((c) => (c.type === 'message' ? c.description.en : c.name)));
    for (const command of body) expect(command.name_localizations?.['zh-CN'], command.name).toBeTruthy();
    expect(fake.registeredCommands().find((c) => c.type === 3)?.name).toBe('Report message');
    expect(logger.at('warn')).toEqual([]);
  });

  it('registers idempotently, and a second instance answering the same interaction (40060) crashes nothing', async () => {
    const before = fake.registeredCommands().map((c) => c.id);
    const second = await startDiscordBot({
      token: fake.token,
      applicationId: fake.applicationId,
      guildIds: [fake.guild.id],
      apiUrl: fake.url,
      dispatcher: club.dispatcher,
      logger,
      commands,
    });
    try {
      expect(fake.registeredCommands().map((c) => c.id)).toEqual(before);
      const both = fake.dispatchInteraction({ kind: 'command', user: alice, name: 'me' });
      await until(() => fake.callsFor(both).filter((c) => c.route === 'interactionCallback').length === 2);
      expect(
        fake
          .callsFor(both)
          .map((c) => c.status)
          .sort(),
      ).toEqual([204, 400]);
      await until(() => logger.at('warn').some((e) => e.details.interactionId === both.id && e.details.code === 40060));
    } finally {
      await second.stop();
    }
  });

  it('/apply shows the values with a pledge button that opens the form; submitting stores the application', async () => {
    const apply = await run({ kind: 'command', user: alice, name: 'apply' });
    expect(apply.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(discordTextIn(apply.body)).toContain('Membership is by application');
    const [pledge] = discordButtonsIn(apply.body);
    expect(pledge?.custom_id).toBe('apply:start');

    const press = await run({ kind: 'button', user: alice, customId: 'apply:start' });
    expect(press.body.type).toBe(9);
    expect(press.body.data.custom_id).toBe('apply:submit');
    const inputs = discordModalInputs(press.body);
    expect(inputs.map((i) => i.custom_id)).toEqual(['name', 'email', 'company', 'industry', 'about']);
    expect(inputs[0]?.value).toBe('Alice');

    const submit = await run({
      kind: 'modal',
      user: alice,
      customId: 'apply:submit',
      values: {
        name: 'Alice Chen',
        email: 'alice@example.com',
        company: 'Chen Tea',
        industry: 'Tea',
        about: 'We export oolong.',
      },
    });
    expect(submit.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(discordTextIn(submit.body)).toContain('Thank you, Alice Chen!');
    const pending = await club.ports.applications.list(club.community.id, 'pending', { limit: 10, offset: 0 });
    expect(pending.items).toEqual([
      expect.objectContaining({
        name: 'Alice Chen',
        email: 'alice@example.com',
        company: 'Chen Tea',
        platform: 'discord',
        workspaceId: fake.guild.id,
        platformUserId: alice.id,
        valuesPledge: true,
        answers: [expect.objectContaining({ answer: 'We export oolong.' })],
      }),
    ]);
  });

  it('staff approve in /review; after the payment the member role is added through REST', async () => {
    const review = await run({ kind: 'command', user: owner, name: 'review' });
    expect(review.body.data.flags).toBe(64);
    expect(discordTextIn(review.body)).toContain('Alice Chen');
    const approve = discordButtonsIn(review.body).find((b) => b.custom_id.startsWith('review:approve:'));
    const approved = await run({ kind: 'button', user: owner, customId: String(approve?.custom_id) });
    expect(discordTextIn(approved.body)).toContain('Alice Chen is approved');
    expect(fake.callsTo('addMemberRole')).toEqual([]);

    const [application] = (await club.ports.applications.list(club.community.id, 'approved', { limit: 1, offset: 0 }))
      .items;
    await club.core.recordPayment({
      actor: ownerActor(),
      communityId: club.community.id,
      applicationId: String(application?.id),
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'bank_transfer',
      reference: 'BANK-0001',
    });
    const put = await fake.waitForCall('addMemberRole', (c) => c.params.userId === alice.id);
    expect(put.params).toEqual({ guildId: fake.guild.id, userId: alice.id, roleId: fake.guild.memberRoleId });
    expect(put.headers['x-audit-log-reason']).toBe(encodeURIComponent('snowball: membership active'));
    expect(fake.memberRoles(fake.guild.id, alice.id)).toEqual([fake.guild.memberRoleId]);
  });

  it('/mod login sends the owner a one-time admin link by DM and says so privately', async () => {
    const mod = await run({ kind: 'command', user: owner, name: 'mod', subcommand: 'login' });
    expect(mod.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(discordTextIn(mod.body)).toContain('Check your direct messages');
    const [dm] = fake.messagesIn(String(fake.dmChannelOf(owner.id)));
    expect(discordTextIn(dm)).toMatch(/Sign in as owner .*: https:\/\/club\.example\/login\?token=\S+$/);
    expect(discordTextIn(mod.body)).not.toContain('token=');
  });

  it('/ask answers with an ephemeral confirmation and keeps the question', async () => {
    const ask = await run({
      kind: 'command',
      user: alice,
      name: 'ask',
      options: { question: 'How should we price oolong for Europe?' },
    });
    expect(ask.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(discordTextIn(ask.body)).toContain('Your question is with the coaches');
    const questions = await run({ kind: 'command', user: alice, name: 'questions' });
    expect(discordTextIn(questions.body)).toContain('How should we price oolong for Europe?');
  });

  it('answers a 10,000-character option with a clear "too long" and stores nothing', async () => {
    const before = club.replies.length;
    const ask = await run({ kind: 'command', user: alice, name: 'ask', options: { question: 'a'.repeat(10_000) } });
    expect(ask.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(discordTextIn(ask.body)).toMatch(/question is too long \(at most 4000 characters\)/);
    expect(club.replies.length).toBe(before + 1);
    const questions = await run({ kind: 'command', user: alice, name: 'questions' });
    expect(discordTextIn(questions.body)).not.toContain('aaaa');
  });

  it('stores hostile text cleaned and echoes it escaped, never able to ping', async () => {
    const role = fake.guild.memberRoleId;
    const hostile = `@everyone <@&${role}> **urgent** ||spoiler|| [click](https://evil.example) \u202Egnp.exe\u200B`;
    await run({ kind: 'command', user: alice, name: 'ask', options: { question: hostile } });
    const questions = await run({ kind: 'command', user: alice, name: 'questions' });
    const text = discordTextIn(questions.body);
    expect(text).toContain(
      `@everyone \\<@&${role}> \\*\\*urgent\\*\\* \\|\\|spoiler\\|\\| \\[click](https://evil.example)`,
    );
    expect(text).not.toMatch(/[\u202E\u200B]/);
    expect(questions.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(questions.body.data.content).toBeUndefined();

    // The same through a form: the applicant's name comes back in the thank-you.
    const mallory = fake.newUser('mallory');
    await run({ kind: 'button', user: mallory, customId: 'apply:start' });
    const submit = await run({
      kind: 'modal',
      user: mallory,
      customId: 'apply:submit',
      values: { name: `@everyone <@&${role}> __Mallory__`, about: '# I am legit\n> trust me' },
    });
    expect(discordTextIn(submit.body)).toContain(`@everyone \\<@&${role}> \\_\\_Mallory\\_\\_`);
    expect(submit.body.data.allowed_mentions).toEqual({ parse: [] });

    // Rejecting asks for a reason in a modal, which must be the first response to the button.
    const review = await run({ kind: 'command', user: owner, name: 'review' });
    expect(discordTextIn(review.body)).toContain('\\# I am legit\n\\> trust me');
    const reject = discordButtonsIn(review.body).find((b) => b.custom_id.startsWith('review:reject:'));
    const form = await run({ kind: 'button', user: owner, customId: String(reject?.custom_id) });
    expect(form.body.type).toBe(9);
    const done = await run({
      kind: 'modal',
      user: owner,
      customId: String(form.body.data.custom_id),
      values: { reason: 'Not a fit' },
    });
    expect(discordTextIn(done.body)).toContain('is rejected');
  });

  it('defers within 1 s when the database is slow, then edits the reply in', async () => {
    club.slowNextTransaction(1500);
    const me = fake.dispatchInteraction({ kind: 'command', user: alice, name: 'me' });
    const first = await fake.waitForResponse(me);
    expect(first.at - me.dispatchedAt).toBeLessThan(1000);
    expect(first.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitForCall('webhookMessageEdit', (c) => c.params.token === me.token, 5000);
    expect(discordTextIn(edit.body)).toContain('Your membership');
    expect((edit.body as DiscordJson).allowed_mentions).toEqual({ parse: [] });
    expect(fake.callsFor(me).map((c) => c.route)).toEqual(['interactionCallback', 'webhookMessageEdit']);
  });

  it('never defers a button that opens a form, even when slow', async () => {
    const bob = fake.newUser('bob');
    club.slowNextTransaction(1500);
    const press = fake.dispatchInteraction({ kind: 'button', user: bob, customId: 'apply:start' });
    const first = await fake.waitForResponse(press);
    expect(first.at - press.dispatchedAt).toBeGreaterThanOrEqual(1400);
    expect(bodyOf(first).type).toBe(9);
  });

  it('turns a form that arrives after a deferral into a button that opens it', async () => {
    const slow = fake.dispatchInteraction({ kind: 'command', user: alice, name: 'slowform' });
    const first = await fake.waitForResponse(slow);
    expect(bodyOf(first).type).toBe(5);
    const edit = await fake.waitForCall('webhookMessageEdit', (c) => c.params.token === slow.token, 5000);
    const [open] = discordButtonsIn(edit.body);
    expect(open?.label).toBe('Slow form');
    expect(open?.custom_id).toMatch(/^discord-form:/);
    const modal = await run({ kind: 'button', user: alice, customId: String(open?.custom_id) });
    expect(modal.body).toMatchObject({ type: 9, data: { custom_id: 'slowform:submit', title: 'Slow form' } });
    const submit = await run({ kind: 'modal', user: alice, customId: 'slowform:submit', values: { note: 'hi' } });
    expect(discordTextIn(submit.body)).toBe('Got hi');
  });

  it('logs an expired (10062) or already answered (40060) interaction and keeps working', async () => {
    for (const code of [10062, 40060] as const) {
      fake.failNext('interactionCallback', { kind: 'error', code });
      const lost = fake.dispatchInteraction({ kind: 'command', user: alice, name: 'me' });
      await until(() => logger.at('warn').some((e) => e.details.interactionId === lost.id && e.details.code === code));
    }
    // A deferral that fails is not followed by an edit.
    club.slowNextTransaction(1200);
    fake.failNext('interactionCallback', { kind: 'error', code: 10062 });
    const deferred = fake.dispatchInteraction({ kind: 'command', user: alice, name: 'me' });
    await until(() => logger.at('warn').some((e) => e.details.interactionId === deferred.id), 4000);
    const after = await run({ kind: 'command', user: alice, name: 'me' });
    expect(after.body.type).toBe(4);
    expect(fake.callsFor(deferred).map((c) => c.route)).toEqual(['interactionCallback']);
  });

  it('hands people’s guild messages to moderation, not DMs or the bot’s own', async () => {
    fake.dispatchMessage({ author: alice, content: 'a DM', guildId: null });
    fake.dispatchMessage({ author: fake.bot, content: 'bot talk' });
    const message = fake.dispatchMessage({ author: alice, content: 'Anyone selling bitcoin? @everyone' });
    await until(() => chat.length > 0);
    expect(chat).toEqual([
      {
        platform: 'discord',
        workspaceId: fake.guild.id,
        channelId: fake.guild.channelId,
        messageId: message.id,
        authorId: alice.id,
        content: 'Anyone selling bitcoin? @everyone',
        at: new Date(String(message.timestamp)),
      },
    ]);
  });

  it('removes the member role when the membership lapses', async () => {
    club.ports.clock.advanceDays(366 + 7 + 1);
    const account = await club.ports.accounts.find('discord', fake.guild.id, alice.id);
    const result = await club.core.syncMemberAccess({
      communityId: club.community.id,
      memberId: String(account?.memberId),
    });
    expect(result).toEqual({ access: false, accounts: 1, failures: [] });
    const removed = await fake.waitForCall('removeMemberRole', (c) => c.params.userId === alice.id);
    expect(removed.params.roleId).toBe(fake.guild.memberRoleId);
    expect(fake.memberRoles(fake.guild.id, alice.id)).toEqual([]);
  });

  it('produced only replies that fit both platforms, and sent only messages Discord accepts', () => {
    expect(club.replies.length).toBeGreaterThan(15);
    for (const reply of club.replies) {
      expect(replyProblems(reply)).toEqual([]);
      if (reply.kind === 'form') expect(discordModalProblems(renderModal(reply.form))).toEqual([]);
      else expect(discordPayloadProblems(renderReply(reply))).toEqual([]);
    }
    const sent = fake.calls.filter((c) => c.route === 'interactionCallback' || c.route === 'webhookMessageEdit');
    for (const call of sent) {
      const body = call.body as Callback & DiscordMessagePayload;
      if (call.route === 'webhookMessageEdit') expect(discordPayloadProblems(body)).toEqual([]);
      else if (body.type === 4)
        expect(discordPayloadProblems(body.data as unknown as DiscordMessagePayload)).toEqual([]);
    }
    expect(logger.at('error')).toEqual([]);
  });
});
