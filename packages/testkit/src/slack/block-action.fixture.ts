import {
  actorWithDefaults,
  fakeTriggerId,
  fakeTs,
  interactivityFixture,
  type SlackActor,
  type SlackRequestFixture,
} from './slack-fixture.js';

/** A button press: which button, where, and the ids Slack attaches. */
export interface BlockActionFixtureInput extends SlackActor {
  readonly actionId: string;
  readonly value?: string;
  readonly blockId?: string;
  /** Absent for buttons in the App Home tab, which has no response URL. */
  readonly responseUrl?: string | null;
  readonly triggerId?: string;
  /** Where the button was: an (ephemeral) message in a channel, or the App Home view. */
  readonly container?: 'message' | 'ephemeral' | 'home';
}

/** A button press (`block_actions`) as Slack posts it: JSON in the `payload` form field. */
export function blockActionRequest(input: BlockActionFixtureInput): SlackRequestFixture {
  const a = actorWithDefaults(input);
  const container = input.container ?? 'ephemeral';
  const messageTs = fakeTs();
  const payload: Record<string, unknown> = {
    type: 'block_actions',
    user: { id: a.userId, username: a.userName, name: a.userName, team_id: a.teamId },
    api_app_id: a.apiAppId,
    token: 'verification-token-unused',
    trigger_id: input.triggerId ?? fakeTriggerId(),
    team: { id: a.teamId, domain: a.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    state: { values: {} },
    actions: [
      {
        action_id: input.actionId,
        block_id: input.blockId ?? 'actions',
        text: { type: 'plain_text', text: 'Button', emoji: true },
        value: input.value ?? input.actionId,
        type: 'button',
        action_ts: fakeTs(),
      },
    ],
  };
  if (container === 'home') {
    payload.container = { type: 'view', view_id: 'V0HOME' };
    payload.view = { id: 'V0HOME', type: 'home', team_id: a.teamId, blocks: [], private_metadata: '', callback_id: '' };
  } else {
    payload.container = {
      type: 'message',
      message_ts: messageTs,
      channel_id: a.channelId,
      is_ephemeral: container === 'ephemeral',
    };
    payload.channel = { id: a.channelId, name: a.channelName };
    if (container === 'message') payload.message = { type: 'message', ts: messageTs, text: '', blocks: [] };
  }
  const responseUrl =
    input.responseUrl === undefined ? `https://hooks.slack.com/actions/${a.teamId}/1/unused` : input.responseUrl;
  if (responseUrl && container !== 'home') payload.response_url = responseUrl;
  return interactivityFixture(payload);
}
