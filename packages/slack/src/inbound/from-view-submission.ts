import type { ViewStateValue, ViewSubmitAction } from '@slack/bolt';
import type { Invocation } from '@snowball/commands';
import { type ModalMetadata, readModalMetadata } from '../render/render-modal.js';
import { teamOf, userNameOf } from './slack-payloads.js';

/**
 * A submitted modal as a neutral form invocation: the action from `private_metadata` (else the
 * callback id), values by input action id (= form field id), empty inputs as ''.
 */
export function fromViewSubmission(body: ViewSubmitAction): {
  readonly invocation: Extract<Invocation, { type: 'form' }>;
  readonly metadata: ModalMetadata;
} {
  const metadata = readModalMetadata(body.view.private_metadata, body.view.callback_id);
  const values: Record<string, string> = {};
  for (const block of Object.values(body.view.state.values)) {
    for (const [actionId, state] of Object.entries(block)) values[actionId] = inputValue(state);
  }
  return {
    invocation: {
      type: 'form',
      caller: {
        platform: 'slack',
        workspaceId: teamOf(body),
        userId: body.user.id,
        userName: userNameOf(body.user),
        locale: null,
        channelId: metadata.channelId ?? null,
      },
      action: metadata.action,
      values,
    },
    metadata,
  };
}

function inputValue(state: ViewStateValue): string {
  if (typeof state.value === 'string') return state.value;
  if (state.selected_option) return state.selected_option.value;
  return '';
}
