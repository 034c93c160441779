import {
  actorWithDefaults,
  fakeTriggerId,
  fakeTs,
  interactivityFixture,
  type SlackActor,
  type SlackRequestFixture,
} from './slack-fixture.js';

/** A message shortcut on a given message. */
export interface MessageShortcutFixtureInput extends SlackActor {
  readonly callbackId: string;
  readonly message: { readonly text: string; readonly user: string; readonly ts?: string };
  readonly responseUrl?: string;
  readonly triggerId?: string;
}

/** A message shortcut (`message_action`, e.g. "Report message") as Slack posts it. */
export function messageShortcutRequest(input: MessageShortcutFixtureInput): SlackRequestFixture {
  const a = actorWithDefaults(input);
  const ts = input.message.ts ?? fakeTs();
  return interactivityFixture({
    type: 'message_action',
    token: 'verification-token-unused',
    action_ts: fakeTs(),
    team: { id: a.teamId, domain: a.teamDomain },
    user: { id: a.userId, username: a.userName, name: a.userName, team_id: a.teamId },
    channel: { id: a.channelId, name: a.channelName },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: input.callbackId,
    trigger_id: input.triggerId ?? fakeTriggerId(),
    response_url: input.responseUrl ?? `https://hooks.slack.com/app/${a.teamId}/1/unused`,
    message_ts: ts,
    message: { type: 'message', text: input.message.text, user: input.message.user, ts, team: a.teamId, blocks: [] },
  });
}
