import type { Invocation } from '@snowball/commands';
import { type BlockActionBody, teamOf } from './slack-payloads.js';

/** A button press as a neutral action; the button's `action_id` is the neutral action id. Null when empty. */
export function fromBlockAction(body: BlockActionBody): Extract<Invocation, { type: 'action' }> | null {
  const pressed = body.actions[0];
  const action = pressed?.action_id || pressed?.value;
  if (!action) return null;
  return {
    type: 'action',
    caller: {
      platform: 'slack',
      workspaceId: teamOf(body),
      userId: body.user.id,
      userName: body.user.username ?? body.user.name ?? body.user.id,
      locale: null,
      channelId: body.channel?.id ?? body.container?.channel_id ?? null,
    },
    action,
  };
}
