import {
  actorWithDefaults,
  fakeTriggerId,
  interactivityFixture,
  type SlackActor,
  type SlackRequestFixture,
} from './slack-fixture.js';

interface InputBlock {
  readonly type: string;
  readonly block_id?: string;
  readonly element?: { readonly type?: string; readonly action_id?: string };
}

/** A modal as the app sent it to `views.open` (what the fake recorded). */
export interface SentModal {
  readonly callback_id?: string;
  readonly private_metadata?: string;
  readonly blocks?: readonly InputBlock[];
  readonly [key: string]: unknown;
}

/** A submission of a modal the app opened. */
export interface ViewSubmissionFixtureInput extends SlackActor {
  readonly view: SentModal;
  /** What the person typed, by input action id; inputs left out are submitted empty. */
  readonly values: Readonly<Record<string, string>>;
  readonly triggerId?: string;
}

/** Submitting a modal (`view_submission`): Slack sends the view back with the typed values in `state`. */
export function viewSubmissionRequest(input: ViewSubmissionFixtureInput): SlackRequestFixture {
  const a = actorWithDefaults(input);
  const values: Record<string, Record<string, { type: string; value: string | null }>> = {};
  for (const block of input.view.blocks ?? []) {
    if (block.type !== 'input' || !block.block_id || !block.element?.action_id) continue;
    const actionId = block.element.action_id;
    values[block.block_id] = {
      [actionId]: { type: block.element.type ?? 'plain_text_input', value: input.values[actionId] ?? null },
    };
  }
  return interactivityFixture({
    type: 'view_submission',
    team: { id: a.teamId, domain: a.teamDomain },
    user: { id: a.userId, username: a.userName, name: a.userName, team_id: a.teamId },
    api_app_id: a.apiAppId,
    token: 'verification-token-unused',
    trigger_id: input.triggerId ?? fakeTriggerId(),
    view: {
      ...input.view,
      id: 'V0MODAL',
      team_id: a.teamId,
      type: 'modal',
      callback_id: input.view.callback_id ?? '',
      private_metadata: input.view.private_metadata ?? '',
      state: { values },
      hash: '1700000000.abcdef',
      app_id: a.apiAppId,
      bot_id: 'B0SNOWBALL',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  });
}
