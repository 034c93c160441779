import {
  type CommandDefinition,
  type Dispatcher,
  defineCommand,
  formReply,
  type Invocation,
  privateMessage,
  publicMessage,
  type Reply,
} from '@snowball/commands';
import {
  buttonInteraction,
  chatInputInteraction,
  discordButtonsIn,
  discordMessagePayload,
  modalSubmitInteraction,
} from '@snowball/testkit';
import { type APIInteraction, DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { silentDiscordLogger } from '../discord-logger.js';
import { RecordingDiscordLogger } from '../testing/discord-test-club.js';
import { FormStash } from './form-stash.js';
import { type InteractionResponder, respondToInteraction } from './respond-to-interaction.js';

const ctx = {
  applicationId: '100',
  guildId: '200',
  channelId: '300',
  user: { id: '400', username: 'ann' },
  locale: 'en-US',
};
const form = {
  action: 'demo:submit',
  title: 'Demo form',
  fields: [{ id: 'x', label: 'X', style: 'short' as const, required: true, maxLength: 10 }],
};
const demo: CommandDefinition = defineCommand({
  name: 'demo',
  description: { en: 'Demo', 'zh-CN': '演示' },
  access: 'anyone',
  formActions: ['open'],
});

/** A dispatcher answering every invocation with `reply` after `ms`, remembering what it was asked. */
function dispatcher(reply: Reply | (() => Reply), ms = 0): Dispatcher & { seen: Invocation[] } {
  const seen: Invocation[] = [];
  return {
    seen,
    find: (name) => (name === 'demo' ? demo : undefined),
    async dispatch(invocation) {
      seen.push(invocation);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return typeof reply === 'function' ? reply() : reply;
    },
  };
}

/** Records each responder call in order; `fail` makes one call throw. */
function responder(fail?: { call: string; error: Error }) {
  const calls: { call: string; arg?: unknown }[] = [];
  const record = (call: string) => async (arg?: unknown) => {
    calls.push({ call, arg });
    if (fail?.call === call) throw fail.error;
  };
  const r: InteractionResponder = {
    reply: record('reply'),
    showModal: record('showModal'),
    defer: record('defer'),
    editReply: record('editReply'),
    followUp: record('followUp'),
    deleteReply: record('deleteReply'),
  };
  return { r, calls };
}

const run = (interaction: unknown, d: Dispatcher, r: InteractionResponder, forms = new FormStash()) =>
  respondToInteraction(interaction as APIInteraction, r, {
    dispatcher: d,
    forms,
    logger: silentDiscordLogger,
    deferAfterMs: 50,
  });

const slash = chatInputInteraction(ctx, { id: '1', name: 'demo' });
const message = discordMessagePayload({ channelId: ctx.channelId, author: { id: '100', username: 'bot', bot: true } });

describe('respondToInteraction', () => {
  it('answers a quick reply directly', async () => {
    const { r, calls } = responder();
    await run(slash, dispatcher(privateMessage('hi')), r);
    expect(calls.map((c) => c.call)).toEqual(['reply']);
    expect(calls[0]?.arg).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
  });

  it('defers a slow private reply and edits it in without flags', async () => {
    const { r, calls } = responder();
    await run(slash, dispatcher(privateMessage('late'), 120), r);
    expect(calls.map((c) => [c.call, c.arg])).toEqual([
      ['defer', true],
      ['editReply', expect.not.objectContaining({ flags: expect.anything() })],
    ]);
  });

  it('reports the first response once, by kind, for the ack/defer latency metric', async () => {
    const seen: string[] = [];
    const { r: plain, calls } = responder();
    // A class instance, as the gateway and HTTP responders are: its methods live on the prototype.
    class Responder implements InteractionResponder {
      reply = plain.reply;
      showModal = plain.showModal;
      defer = plain.defer;
      async editReply(payload: Parameters<InteractionResponder['editReply']>[0]) {
        await plain.editReply(payload);
      }
      async followUp(payload: Parameters<InteractionResponder['followUp']>[0]) {
        await plain.followUp(payload);
      }
      async deleteReply() {
        await plain.deleteReply();
      }
    }
    const r = new Responder();
    await respondToInteraction(slash as APIInteraction, r, {
      dispatcher: dispatcher(privateMessage('late'), 120),
      forms: new FormStash(),
      logger: silentDiscordLogger,
      deferAfterMs: 50,
      onFirstResponse: (kind, ms) => seen.push(`${kind}:${ms >= 0}`),
    });
    expect(seen).toEqual(['defer:true']);
    expect(calls.map((c) => c.call)).toEqual(['defer', 'editReply']);
  });

  it('posts a slow public reply as a follow-up and removes the private placeholder', async () => {
    const { r, calls } = responder();
    await run(slash, dispatcher(publicMessage('for all'), 120), r);
    expect(calls.map((c) => c.call)).toEqual(['defer', 'followUp', 'deleteReply']);
    expect(calls[1]?.arg).not.toHaveProperty('flags');
  });

  it('opens a quick form as a modal, and a form after a deferral through a button', async () => {
    const quick = responder();
    await run(slash, dispatcher(formReply(form)), quick.r);
    expect(quick.calls.map((c) => c.call)).toEqual(['showModal']);
    expect(quick.calls[0]?.arg).toMatchObject({ custom_id: 'demo:submit', title: 'Demo form' });

    const forms = new FormStash();
    const slow = responder();
    await run(slash, dispatcher(formReply(form), 120), slow.r, forms);
    expect(slow.calls.map((c) => c.call)).toEqual(['defer', 'editReply']);
    const customId = discordButtonsIn(slow.calls[1]?.arg)[0]?.custom_id;
    expect(await forms.get(String(customId))).toEqual(form);

    const press = responder();
    const pressed = buttonInteraction(ctx, { customId: String(customId), message });
    const d = dispatcher(privateMessage('unused'));
    await run(pressed, d, press.r, forms);
    expect(press.calls.map((c) => c.call)).toEqual(['showModal']);
    expect(d.seen).toEqual([]);
  });

  it('waits for a form action however long it takes, without deferring', async () => {
    const { r, calls } = responder();
    await run(buttonInteraction(ctx, { customId: 'demo:open', message }), dispatcher(formReply(form), 120), r);
    expect(calls.map((c) => c.call)).toEqual(['showModal']);
  });

  it('never answers a modal submission with a modal', async () => {
    const { r, calls } = responder();
    const submitted = modalSubmitInteraction(ctx, { customId: 'demo:submit', values: { x: '1' } });
    await run(submitted, dispatcher(formReply(form)), r);
    expect(calls.map((c) => c.call)).toEqual(['reply']);
    expect(JSON.stringify(calls[0]?.arg)).toContain('discord-form:');
  });

  it('says a stashed form is gone once it is', async () => {
    const { r, calls } = responder();
    await run(
      buttonInteraction(ctx, { customId: 'discord-form:deadbeef', message }),
      dispatcher(privateMessage('x')),
      r,
    );
    expect(JSON.stringify(calls[0]?.arg)).toContain('no longer valid');
  });

  it('answers what it cannot handle in the caller’s language', async () => {
    const { r, calls } = responder();
    const select = buttonInteraction({ ...ctx, locale: 'zh-CN' }, { customId: 'x', message });
    (select.data as { component_type: number }).component_type = 3;
    await run(select, dispatcher(privateMessage('x')), r);
    expect(JSON.stringify(calls[0]?.arg)).toContain('无法');
  });

  it('scopes every custom id it sends into a DM to the guild the DM belongs to', async () => {
    const {
      guild_id: _g,
      guild: _guild,
      member,
      ...rest
    } = buttonInteraction(ctx, {
      customId: 'dm/200/demo:go',
      message,
    });
    const dm = { ...rest, user: (member as { user: unknown }).user, channel: { id: '55', type: 1 }, channel_id: '55' };
    const { r, calls } = responder();
    const d = dispatcher(privateMessage('ok', { buttons: [{ action: 'demo:next', label: 'Next' }] }));
    await run(dm, d, r);
    expect(d.seen[0]).toMatchObject({ type: 'action', action: 'demo:go', caller: { workspaceId: '200' } });
    expect(JSON.stringify(calls[0]?.arg)).toContain('"custom_id":"dm/200/demo:next"');

    const modal = responder();
    await run(dm, dispatcher(formReply(form)), modal.r);
    expect(modal.calls[0]?.arg).toMatchObject({ custom_id: 'dm/200/demo:submit' });
  });

  it('logs expired and already acknowledged interactions as warnings and other failures as errors', async () => {
    const cases = [
      [10062, 'warn'],
      [40060, 'warn'],
      [50035, 'error'],
    ] as const;
    for (const [code, level] of cases) {
      const logger = new RecordingDiscordLogger();
      const error = new DiscordAPIError({ code, message: 'x' }, code, 400, 'POST', '/x', {});
      const { r } = responder({ call: 'reply', error });
      await respondToInteraction(slash as unknown as APIInteraction, r, {
        dispatcher: dispatcher(privateMessage('hi')),
        forms: new FormStash(),
        logger,
        deferAfterMs: 50,
      });
      expect(logger.entries.map((e) => e.level)).toEqual([level]);
    }
  });
});
