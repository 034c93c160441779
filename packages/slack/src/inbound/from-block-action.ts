import type { BlockAction } from '@slack/bolt';
import type { Invocation } from '@snowball/commands';
import { teamOf, userNameOf } from './slack-payloads.js';

/** A button press as a neutral action; the button's `action_id` is the neutral action id. Null when empty. */
export function fromBlockAction(body: BlockAction): Extract<Invocation, { type: 'action' }> | null {
  const pressed = body.actions[0];
  const action = pressed?.action_id || (pressed && 'value' in pressed ? pressed.value : undefined);
  if (!action) return null;
  return {
    type: 'action',
    caller: {
      platform: 'slack',
      workspaceId: teamOf(body),
      userId: body.user.id,
      userName: userNameOf(body.user),
      locale: null,
      channelId: body.channel?.id ?? body.container?.channel_id ?? null,
    },
    action,
  };
}
