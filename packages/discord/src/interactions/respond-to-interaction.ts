import {
  type CommandDefinition,
  commonTexts,
  type Dispatcher,
  type Form,
  type Invocation,
  parseActionId,
  privateMessage,
  type Reply,
} from '@snowball/commands';
import { errorText, type Locale, normalizeLocale, translate } from '@snowball/core';
import { type APIInteraction, type APIModalInteractionResponseCallbackData, InteractionType } from 'discord.js';
import { discordErrorCode, isInteractionGone } from '../discord-errors.js';
import type { DiscordLogger } from '../discord-logger.js';
import { dmCustomId } from '../inbound/dm-custom-id.js';
import { fromInteraction } from '../inbound/from-interaction.js';
import { renderModal } from '../render/render-modal.js';
import { type DiscordMessagePayload, renderReply } from '../render/render-reply.js';
import { FormStash, type FormStore } from './form-stash.js';
import { interactionTexts } from './interaction-texts.js';

/** How one interaction is answered: through discord.js in gateway mode, through the HTTP response in HTTP mode. */
export interface InteractionResponder {
  /** First response: a message (callback type 4). */
  reply(payload: DiscordMessagePayload): Promise<void>;
  /** First response: a modal (callback type 9). */
  showModal(modal: APIModalInteractionResponseCallbackData): Promise<void>;
  /** First response: "thinking…" (callback type 5), answered later with editReply. */
  defer(ephemeral: boolean): Promise<void>;
  editReply(payload: DiscordMessagePayload): Promise<void>;
  followUp(payload: DiscordMessagePayload): Promise<void>;
  deleteReply(): Promise<void>;
}

export interface RespondOptions {
  readonly dispatcher: Dispatcher;
  readonly forms: FormStore;
  readonly logger: DiscordLogger;
  /** Defer when the dispatch has not finished by then; Discord drops interactions not answered within 3 s. */
  readonly deferAfterMs: number;
  readonly commands?: readonly CommandDefinition[];
  /** Told how long the first response (reply, defer or modal) took from the start of handling (metrics). */
  readonly onFirstResponse?: (kind: 'reply' | 'defer' | 'modal', ms: number) => void;
}

/**
 * Long enough for most commands to answer directly, short enough that a deferral reaches Discord within 1 s
 * even when a busy event loop or network adds a few hundred milliseconds.
 */
export const DEFAULT_DEFER_AFTER_MS = 500;

/**
 * Answers one interaction: turns it into an invocation, dispatches it and delivers the reply. A reply not
 * ready within `deferAfterMs` is deferred (ephemeral) and edited in later, except for verbs in the command's
 * `formActions`, whose modal must be the first response. A form that cannot be shown as a modal (after a
 * deferral, or in answer to a modal) becomes a button that opens it. Expired (10062) and already
 * acknowledged (40060) interactions are logged and dropped; nothing here throws.
 */
export async function respondToInteraction(
  interaction: APIInteraction,
  given: InteractionResponder,
  options: RespondOptions,
): Promise<void> {
  const responder = timeFirstResponse(given, options.onFirstResponse);
  const log = {
    interactionId: interaction.id,
    interactionType: interaction.type,
    guildId: interaction.guild_id ?? null,
    userId: interaction.member?.user.id ?? interaction.user?.id ?? null,
  };
  const fallbackLocale: Locale =
    ('locale' in interaction ? normalizeLocale(interaction.locale) : undefined) ??
    normalizeLocale(interaction.guild_locale) ??
    'en';
  // Components sent into a DM keep naming their guild, so every custom id we send there is scoped again.
  const dmGuild = interaction.guild_id ? null : dmGuildOf(interaction);
  const scope = (payload: DiscordMessagePayload) => (dmGuild ? scopePayload(payload, dmGuild) : payload);
  const canShowModal = interaction.type !== InteractionType.ModalSubmit;
  const formButton = async (form: Form, locale: Locale): Promise<DiscordMessagePayload> => {
    const action = await options.forms.put(form);
    return scope(
      renderReply(
        asMessage(
          privateMessage(translate(interactionTexts, locale, 'openForm'), {
            buttons: [{ action, label: form.title, style: 'primary' }],
          }),
        ),
      ),
    );
  };
  const modal = (form: Form) => {
    const rendered = renderModal(form);
    return dmGuild ? { ...rendered, custom_id: dmCustomId(dmGuild, rendered.custom_id) } : rendered;
  };

  try {
    if (
      interaction.type === InteractionType.ApplicationCommandAutocomplete ||
      interaction.type === InteractionType.Ping
    ) {
      return;
    }
    const invocation = fromInteraction(interaction, options.commands);
    if (!invocation) {
      const key = interaction.guild_id ? 'unsupported' : 'outsideGuild';
      await responder.reply(renderReply(asMessage(privateMessage(translate(interactionTexts, fallbackLocale, key)))));
      return;
    }
    const locale = normalizeLocale(invocation.caller.locale) ?? fallbackLocale;

    if (invocation.type === 'action' && FormStash.isStashed(invocation.action)) {
      const form = await options.forms.get(invocation.action);
      if (form && canShowModal) await responder.showModal(modal(form));
      else if (form) await responder.reply(await formButton(form, locale));
      else {
        const stale = privateMessage(translate(commonTexts, locale, 'staleButton'), { tone: 'warning' });
        await responder.reply(scope(renderReply(asMessage(stale))));
      }
      return;
    }

    const work = dispatch(options, invocation, log);
    if (canShowModal && opensForm(options.dispatcher, invocation)) {
      // A modal must be the first response, so this waits for the reply however long it takes.
      const reply = await work;
      if (reply.kind === 'form') await responder.showModal(modal(reply.form));
      else await responder.reply(scope(renderReply(reply)));
      return;
    }

    const early = await settledWithin(work, options.deferAfterMs);
    if (early) {
      if (early.kind === 'form' && canShowModal) await responder.showModal(modal(early.form));
      else if (early.kind === 'form') await responder.reply(await formButton(early.form, locale));
      else await responder.reply(scope(renderReply(early)));
      return;
    }

    // Most replies are private; a public one is posted as a follow-up and the private placeholder removed.
    await responder.defer(true);
    options.logger.debug({ ...log, afterMs: options.deferAfterMs }, 'interaction deferred');
    const reply = await work;
    if (reply.kind === 'form') {
      await responder.editReply(withoutFlags(await formButton(reply.form, locale)));
    } else if (reply.private) {
      await responder.editReply(withoutFlags(scope(renderReply(reply))));
    } else {
      await responder.followUp(scope(renderReply(reply)));
      await responder.deleteReply();
    }
  } catch (error) {
    if (isInteractionGone(error)) {
      options.logger.warn({ ...log, code: discordErrorCode(error) }, 'interaction expired or already answered');
      return;
    }
    options.logger.error({ ...log, err: error }, 'could not answer interaction');
  }
}

/** Whether the invocation is a button whose verb may open a modal (the command lists it in `formActions`). */
function opensForm(dispatcher: Dispatcher, invocation: Invocation): boolean {
  if (invocation.type !== 'action') return false;
  const { command, verb } = parseActionId(invocation.action);
  return dispatcher.find(command)?.formActions?.includes(verb) ?? false;
}

async function dispatch(options: RespondOptions, invocation: Invocation, log: Record<string, unknown>): Promise<Reply> {
  try {
    return await options.dispatcher.dispatch(invocation);
  } catch (error) {
    // The dispatcher answers every failure itself; this is the last line should it ever throw.
    options.logger.error({ ...log, err: error }, 'dispatch threw');
    return privateMessage(errorText(error, normalizeLocale(invocation.caller.locale) ?? 'en'), { tone: 'error' });
  }
}

/** The reply if it is ready within `ms`, else null (the work goes on). */
async function settledWithin(work: Promise<Reply>, ms: number): Promise<Reply | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(resolve, ms, null);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function asMessage(reply: Reply): Extract<Reply, { kind: 'message' }> {
  if (reply.kind !== 'message') throw new Error('message reply expected');
  return reply;
}

/** An edit cannot change a message's flags; Discord keeps the deferral's. */
function withoutFlags(payload: DiscordMessagePayload): DiscordMessagePayload {
  const { flags: _flags, ...rest } = payload;
  return rest;
}

function dmGuildOf(interaction: APIInteraction): string | null {
  const invocation = fromInteraction(interaction);
  return invocation ? invocation.caller.workspaceId : null;
}

function scopePayload(payload: DiscordMessagePayload, guildId: string): DiscordMessagePayload {
  const components = payload.components
    .map((row) => ({
      ...row,
      components: row.components
        .map((b) => ({ ...b, custom_id: dmCustomId(guildId, b.custom_id) }))
        // Discord refuses the whole message over one custom id longer than 100 characters.
        .filter((b) => b.custom_id.length <= 100),
    }))
    .filter((row) => row.components.length > 0);
  return { ...payload, components };
}

/** The responder, reporting once how long its first response took (nothing when no one listens). */
function timeFirstResponse(
  responder: InteractionResponder,
  report: RespondOptions['onFirstResponse'],
): InteractionResponder {
  if (!report) return responder;
  const started = performance.now();
  let reported = false;
  const first = (kind: 'reply' | 'defer' | 'modal') => {
    if (reported) return;
    reported = true;
    report(kind, performance.now() - started);
  };
  // Delegates method by method: responders are class instances, whose methods a spread would not copy.
  return {
    editReply: (payload) => responder.editReply(payload),
    followUp: (payload) => responder.followUp(payload),
    deleteReply: () => responder.deleteReply(),
    reply: async (payload) => {
      await responder.reply(payload);
      first('reply');
    },
    showModal: async (modal) => {
      await responder.showModal(modal);
      first('modal');
    },
    defer: async (ephemeral) => {
      await responder.defer(ephemeral);
      first('defer');
    },
  };
}
