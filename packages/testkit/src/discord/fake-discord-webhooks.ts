import type { DiscordJson } from './discord-payloads.js';
import type { FakeDiscordRoute } from './fake-discord-routes.js';
import type { FakeDiscordWorld, InteractionState } from './fake-discord-world.js';

/** A REST answer of the fake: status and JSON body (none for 204). */
export interface FakeDiscordAnswer {
  readonly status: number;
  readonly body?: unknown;
}

/** Starts tracking a dispatched interaction, so its responses follow Discord's rules. */
export function trackInteraction(world: FakeDiscordWorld, payload: DiscordJson): InteractionState {
  const state: InteractionState = {
    id: String(payload.id),
    token: String(payload.token),
    payload,
    dispatchedAt: Date.now(),
    responseType: null,
    original: null,
    followups: new Map(),
  };
  world.interactions.set(state.id, state);
  world.byToken.set(state.token, state);
  return state;
}

/** `POST /interactions/{id}/{token}/callback`: the first response, within the timeout, once. */
export function interactionCallback(
  world: FakeDiscordWorld,
  params: Record<string, string>,
  body: DiscordJson | null,
  withResponse: boolean,
): FakeDiscordAnswer {
  const state = world.interactions.get(String(params.interactionId));
  const unknown = { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
  if (!state || state.token !== params.token) return unknown;
  if (state.responseType !== null) {
    return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
  }
  if (Date.now() - state.dispatchedAt > world.interactionTimeoutMs) return unknown;
  const type = Number(body?.type);
  const data = (body?.data ?? {}) as DiscordJson;
  if (![4, 5, 6, 7, 9].includes(type)) {
    return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { type: 'invalid' } } };
  }
  acknowledgeInteraction(world, state, type, data);
  if (!withResponse) return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: state.id,
        type: state.payload.type,
        activity_instance_id: null,
        response_message_id: state.original?.id ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: Boolean(Number(state.original?.flags ?? 0) & 64),
      },
      resource: { type, ...(state.original ? { message: state.original } : {}) },
    },
  };
}

/** Applies a first response to an interaction, as Discord does when it accepts one. */
export function acknowledgeInteraction(
  world: FakeDiscordWorld,
  state: InteractionState,
  type: number,
  data: DiscordJson,
): void {
  state.responseType = type;
  const channelId = String(state.payload.channel_id);
  if (type === 4) state.original = world.messageFrom(data, { channelId, webhook: true });
  if (type === 5) {
    // A deferred response shows "thinking…" (flag 128, LOADING) until it is edited.
    const flags = (Number(data.flags ?? 0) & 64) | 128;
    state.original = world.messageFrom({ content: '', flags }, { channelId, webhook: true });
  }
  if (type === 6 || type === 7) {
    const message = (state.payload.message ?? null) as DiscordJson | null;
    state.original = message && type === 7 ? { ...message, ...pickMessageFields(data) } : message;
  }
}

/** The interaction webhook: follow-ups, and get, edit or delete of the original and follow-up messages. */
export function interactionWebhook(
  world: FakeDiscordWorld,
  route: FakeDiscordRoute,
  params: Record<string, string>,
  body: DiscordJson | null,
): FakeDiscordAnswer {
  const state = world.byToken.get(String(params.token));
  if (!state || params.applicationId !== world.applicationId) {
    return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
  }
  const unknownMessage = { status: 404, body: { message: 'Unknown Message', code: 10008 } };
  if (route === 'webhookFollowup') {
    if (state.responseType === null) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    const message = world.messageFrom(body ?? {}, { channelId: String(state.payload.channel_id), webhook: true });
    state.followups.set(String(message.id), message);
    return { status: 200, body: message };
  }
  const isOriginal = params.messageId === '@original';
  const current = isOriginal ? state.original : (state.followups.get(String(params.messageId)) ?? null);
  if (!current) return unknownMessage;
  if (route === 'webhookMessageGet') return { status: 200, body: current };
  if (route === 'webhookMessageDelete') {
    if (isOriginal) state.original = null;
    else state.followups.delete(String(params.messageId));
    return { status: 204 };
  }
  const flags = Number(current.flags ?? 0) & ~128;
  const edited = {
    ...current,
    ...pickMessageFields(body ?? {}),
    flags,
    edited_timestamp: new Date().toISOString(),
  };
  if (isOriginal) state.original = edited;
  else state.followups.set(String(params.messageId), edited);
  return { status: 200, body: edited };
}

function pickMessageFields(body: DiscordJson): DiscordJson {
  const out: DiscordJson = {};
  for (const key of ['content', 'embeds', 'components', 'allowed_mentions'] as const) {
    if (body[key] !== undefined) out[key] = body[key];
  }
  return out;
}
