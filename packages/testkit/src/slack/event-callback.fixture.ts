import { randomBytes } from 'node:crypto';
import { actorWithDefaults, fakeTs, jsonFixture, type SlackActor, type SlackRequestFixture } from './slack-fixture.js';

/** The envelope fields of an Events API delivery. */
export interface EventEnvelopeInput {
  readonly teamId?: string;
  readonly apiAppId?: string;
  /** Slack keeps the same id on every retry of one event. */
  readonly eventId?: string;
  /** The bot user the event was delivered to (in `authorizations`). */
  readonly botUserId?: string;
}

/** An Events API `event_callback` envelope around one event. */
export function eventCallbackRequest(
  event: Record<string, unknown>,
  input: EventEnvelopeInput = {},
): SlackRequestFixture {
  const teamId = input.teamId ?? actorWithDefaults().teamId;
  return jsonFixture({
    token: 'verification-token-unused',
    team_id: teamId,
    api_app_id: input.apiAppId ?? actorWithDefaults().apiAppId,
    event,
    type: 'event_callback',
    event_id: input.eventId ?? `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: input.botUserId ?? 'U0SNOWBOT',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${randomBytes(8).toString('hex')}`,
  });
}

/** The member opened the app's Home tab. */
export function appHomeOpenedRequest(input: SlackActor & EventEnvelopeInput = {}): SlackRequestFixture {
  const a = actorWithDefaults(input);
  return eventCallbackRequest(
    { type: 'app_home_opened', user: a.userId, channel: `D${a.userId.slice(1)}`, tab: 'home', event_ts: fakeTs() },
    { ...input, teamId: a.teamId },
  );
}

/** Someone posted in a channel the bot is in (`message.channels`). */
export function messageEventRequest(
  input: SlackActor & EventEnvelopeInput & { readonly text: string; readonly ts?: string; readonly botId?: string },
): SlackRequestFixture {
  const a = actorWithDefaults(input);
  const ts = input.ts ?? fakeTs();
  const event: Record<string, unknown> = {
    type: 'message',
    channel: a.channelId,
    user: a.userId,
    text: input.text,
    ts,
    team: a.teamId,
    channel_type: 'channel',
    event_ts: ts,
    client_msg_id: randomBytes(16).toString('hex'),
  };
  if (input.botId) {
    event.bot_id = input.botId;
    event.subtype = 'bot_message';
  }
  return eventCallbackRequest(event, { ...input, teamId: a.teamId });
}

/** Someone edited their message in a channel: `message_changed` with the new and the previous message. */
export function messageChangedEventRequest(
  input: SlackActor &
    EventEnvelopeInput & {
      readonly ts: string;
      readonly text: string;
      readonly previousText: string;
      readonly editedTs?: string;
    },
): SlackRequestFixture {
  const a = actorWithDefaults(input);
  const editedTs = input.editedTs ?? fakeTs();
  const event: Record<string, unknown> = {
    type: 'message',
    subtype: 'message_changed',
    channel: a.channelId,
    hidden: true,
    channel_type: 'channel',
    ts: editedTs,
    event_ts: editedTs,
    message: {
      type: 'message',
      user: a.userId,
      text: input.text,
      ts: input.ts,
      team: a.teamId,
      edited: { user: a.userId, ts: editedTs },
    },
    previous_message: { type: 'message', user: a.userId, text: input.previousText, ts: input.ts, team: a.teamId },
  };
  return eventCallbackRequest(event, { ...input, teamId: a.teamId });
}

/** Someone wrote to the app in their DM with it (`message.im`), optionally in the thread of one of its messages. */
export function directMessageEventRequest(
  input: SlackActor & EventEnvelopeInput & { readonly text: string; readonly ts?: string; readonly threadTs?: string },
): SlackRequestFixture {
  const a = actorWithDefaults(input);
  const ts = input.ts ?? fakeTs();
  const event: Record<string, unknown> = {
    type: 'message',
    channel: `D${a.userId.slice(1)}`,
    user: a.userId,
    text: input.text,
    ts,
    team: a.teamId,
    channel_type: 'im',
    event_ts: ts,
    client_msg_id: randomBytes(16).toString('hex'),
    ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
  };
  return eventCallbackRequest(event, { ...input, teamId: a.teamId });
}

/** Someone deleted a message in a channel: `message_deleted` with the deleted message's ts. */
export function messageDeletedEventRequest(
  input: SlackActor & EventEnvelopeInput & { readonly ts: string; readonly text?: string },
): SlackRequestFixture {
  const a = actorWithDefaults(input);
  const eventTs = fakeTs();
  const event: Record<string, unknown> = {
    type: 'message',
    subtype: 'message_deleted',
    hidden: true,
    channel: a.channelId,
    channel_type: 'channel',
    deleted_ts: input.ts,
    ts: eventTs,
    event_ts: eventTs,
    previous_message: { type: 'message', user: a.userId, text: input.text ?? '', ts: input.ts, team: a.teamId },
  };
  return eventCallbackRequest(event, { ...input, teamId: a.teamId });
}

/** The handshake Slack sends when the Events request URL is saved. */
export function urlVerificationRequest(challenge: string): SlackRequestFixture {
  return jsonFixture({ token: 'verification-token-unused', challenge, type: 'url_verification' });
}
