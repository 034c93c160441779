import {
  actorWithDefaults,
  fakeTriggerId,
  formFixture,
  type SlackActor,
  type SlackRequestFixture,
} from './slack-fixture.js';

/** A slash command with its text and the ids Slack attaches. */
export interface SlashCommandFixtureInput extends SlackActor {
  /** With the slash: `/apply`. */
  readonly command: string;
  readonly text?: string;
  readonly responseUrl?: string;
  readonly triggerId?: string;
}

/** A slash command request as Slack posts it (form-encoded). */
export function slashCommandRequest(input: SlashCommandFixtureInput): SlackRequestFixture {
  const a = actorWithDefaults(input);
  return formFixture({
    token: 'verification-token-unused',
    team_id: a.teamId,
    team_domain: a.teamDomain,
    channel_id: a.channelId,
    channel_name: a.channelName,
    user_id: a.userId,
    user_name: a.userName,
    command: input.command,
    text: input.text ?? '',
    api_app_id: a.apiAppId,
    is_enterprise_install: 'false',
    response_url: input.responseUrl ?? `https://hooks.slack.com/commands/${a.teamId}/1/unused`,
    trigger_id: input.triggerId ?? fakeTriggerId(),
  });
}
