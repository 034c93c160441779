import type { CommandDefinition, Dispatcher } from '@snowball/commands';
import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  REST,
  Routes,
} from 'discord.js';
import { DiscordErrorCode, discordErrorCode } from '../discord-errors.js';
import { type DiscordLogger, silentDiscordLogger } from '../discord-logger.js';
import { FormStash, type FormStore } from '../interactions/form-stash.js';
import {
  DEFAULT_DEFER_AFTER_MS,
  type InteractionResponder,
  type RespondOptions,
  respondToInteraction,
} from '../interactions/respond-to-interaction.js';
import { type InteractionClaims, MemoryInteractionClaims } from './interaction-claims.js';
import { verifyDiscordSignature } from './verify-discord-signature.js';

export interface DiscordHttpInteractionOptions {
  /** The application's public key from the Developer Portal (DISCORD_PUBLIC_KEY, 64 hex characters). */
  readonly publicKey: string;
  /** The body exactly as received: the signature covers these bytes, not a re-serialisation. */
  readonly rawBody: string | Buffer;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly dispatcher: Dispatcher;
  /** REST client for follow-ups after a deferral (webhook calls need no bot token); default one per apiUrl. */
  readonly rest?: REST;
  /** REST base override (DISCORD_API_URL), without version. */
  readonly apiUrl?: string;
  readonly forms?: FormStore;
  /** Told how long the first response took (metrics). */
  readonly onFirstResponse?: RespondOptions['onFirstResponse'];
  readonly logger?: DiscordLogger;
  readonly deferAfterMs?: number;
  readonly commands?: readonly CommandDefinition[];
  /** Receives the work that continues after the response (a deferred reply's edit), to await or track it. */
  readonly waitUntil?: (work: Promise<void>) => void;
  /**
   * Which interaction ids were already handled, so a replayed request has no second effect; default one
   * in-memory window per process (give the Redis claims when several replicas receive interactions).
   */
  readonly claims?: InteractionClaims;
  /** A signature timestamp further than this from now (past or future) is refused as a replay; default 300. */
  readonly maxAgeSeconds?: number;
  readonly now?: () => number;
}

export interface DiscordHttpResponse {
  readonly status: number;
  readonly body: unknown;
}

const restByUrl = new Map<string, REST>();
const defaultForms = new FormStash();
const defaultClaims = new MemoryInteractionClaims();

/** Discord's own guidance for the signature timestamp: refuse anything older than five minutes. */
const DEFAULT_MAX_AGE_SECONDS = 300;

function fresh(timestamp: string | undefined, options: DiscordHttpInteractionOptions): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  const nowSeconds = Math.floor((options.now?.() ?? Date.now()) / 1000);
  return Math.abs(nowSeconds - Number(timestamp)) <= (options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS);
}

function restFor(options: DiscordHttpInteractionOptions): REST {
  if (options.rest) return options.rest;
  const key = options.apiUrl ?? '';
  let rest = restByUrl.get(key);
  if (!rest) {
    rest = new REST(options.apiUrl ? { api: options.apiUrl } : {});
    restByUrl.set(key, rest);
  }
  return rest;
}

function header(headers: DiscordHttpInteractionOptions['headers'], name: string): string | undefined {
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(found) ? found[0] : (found as string | undefined);
}

/**
 * Answers one request to the HTTP interactions endpoint (`POST /discord/interactions`): 401 unless Discord
 * signed it, PONG to PING, otherwise the interaction response (a message, a modal, or a deferral whose
 * reply is edited in through the interaction webhook once the dispatch finishes).
 */
export async function handleDiscordHttpInteraction(
  options: DiscordHttpInteractionOptions,
): Promise<DiscordHttpResponse> {
  const logger = options.logger ?? silentDiscordLogger;
  const timestamp = header(options.headers, 'x-signature-timestamp');
  const signed = verifyDiscordSignature({
    publicKey: options.publicKey,
    signature: header(options.headers, 'x-signature-ed25519'),
    timestamp,
    rawBody: options.rawBody,
  });
  if (!signed) return { status: 401, body: { error: 'invalid request signature' } };
  // A signature never expires by itself: without this, a captured request could be replayed for ever.
  if (!fresh(timestamp, options)) {
    logger.warn({ timestamp }, 'discord: stale interaction refused');
    return { status: 401, body: { error: 'stale request timestamp' } };
  }
  let interaction: APIInteraction;
  try {
    interaction = JSON.parse(options.rawBody.toString()) as APIInteraction;
  } catch {
    return { status: 400, body: { error: 'invalid JSON' } };
  }
  if (interaction.type === InteractionType.Ping) return { status: 200, body: { type: InteractionResponseType.Pong } };
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    return {
      status: 200,
      body: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } },
    };
  }
  const interactionId = String(interaction.id);
  // With the shared claims (Redis) down, this process's own window still stops a replay sent to it: answering
  // beats refusing every interaction during the outage.
  const firstTime = await (options.claims ?? defaultClaims).claim(interactionId).catch((error: unknown) => {
    logger.warn({ err: error }, 'discord: interaction claim unavailable; using this process only');
    return defaultClaims.claim(interactionId);
  });
  if (!firstTime) {
    logger.warn({ interactionId: interaction.id }, 'discord: replayed interaction refused');
    return { status: 409, body: { error: 'interaction already handled' } };
  }
  const responder = new HttpResponder(restFor(options), interaction.application_id, interaction.token);
  const work = respondToInteraction(interaction, responder, {
    dispatcher: options.dispatcher,
    forms: options.forms ?? defaultForms,
    logger,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    ...(options.commands ? { commands: options.commands } : {}),
    ...(options.onFirstResponse ? { onFirstResponse: options.onFirstResponse } : {}),
  });
  options.waitUntil?.(work);
  const response = await Promise.race([responder.first, work.then(() => responder.answered)]);
  if (response === false) {
    logger.error({ interactionId: interaction.id }, 'interaction produced no response');
    return { status: 500, body: { error: 'no response' } };
  }
  return { status: 200, body: response === true ? await responder.first : response };
}

/** Webhook calls may race the HTTP response that acknowledged the interaction; these codes mean "not yet". */
const NOT_YET = new Set<number>([DiscordErrorCode.UnknownMessage, DiscordErrorCode.UnknownWebhook]);

/** The first response goes out as the HTTP answer; everything after it through the interaction webhook. */
class HttpResponder implements InteractionResponder {
  readonly first: Promise<APIInteractionResponse>;
  answered = false;
  private resolve: (response: APIInteractionResponse) => void = () => undefined;

  constructor(
    private readonly rest: REST,
    private readonly applicationId: string,
    private readonly token: string,
  ) {
    this.first = new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  async reply(payload: Parameters<InteractionResponder['reply']>[0]) {
    this.answer({ type: InteractionResponseType.ChannelMessageWithSource, data: payload });
  }

  async showModal(modal: Parameters<InteractionResponder['showModal']>[0]) {
    this.answer({ type: InteractionResponseType.Modal, data: modal });
  }

  async defer(ephemeral: boolean) {
    this.answer({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
    });
  }

  async editReply(payload: Parameters<InteractionResponder['editReply']>[0]) {
    await this.soon(() =>
      this.rest.patch(Routes.webhookMessage(this.applicationId, this.token, '@original'), {
        body: payload,
        auth: false,
      }),
    );
  }

  async followUp(payload: Parameters<InteractionResponder['followUp']>[0]) {
    await this.soon(() =>
      this.rest.post(Routes.webhook(this.applicationId, this.token), {
        body: payload,
        auth: false,
        query: new URLSearchParams({ wait: 'true' }),
      }),
    );
  }

  async deleteReply() {
    await this.soon(() =>
      this.rest.delete(Routes.webhookMessage(this.applicationId, this.token, '@original'), { auth: false }),
    );
  }

  private answer(response: APIInteractionResponse): void {
    if (this.answered) throw new Error('interaction already answered');
    this.answered = true;
    this.resolve(response);
  }

  private async soon(call: () => Promise<unknown>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await call();
        return;
      } catch (error) {
        const code = discordErrorCode(error);
        if (attempt >= 5 || code === null || !NOT_YET.has(code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }
}
