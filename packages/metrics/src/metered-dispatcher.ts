import type { Dispatcher, Invocation } from '@snowball/commands';
import type { SnowballMetrics } from './snowball-metrics.js';

/**
 * The command label of an invocation: the command's name, or the first segment of a button or form action
 * (`intros:accept:…` → `intros`), so the label set stays small whatever ids the buttons carry.
 */
export function commandLabel(invocation: Invocation): string {
  const raw =
    invocation.type === 'command'
      ? invocation.name
      : 'action' in invocation
        ? `${invocation.type}:${invocation.action.split(/[:/]/)[0] ?? ''}`
        : invocation.type;
  return /^[a-z][a-z0-9_:.-]{0,40}$/i.test(raw) ? raw : 'other';
}

/** A dispatcher that times every dispatch in `snowball_command_duration_seconds`; it answers as the inner one. */
export function meteredDispatcher(inner: Dispatcher, metrics: Pick<SnowballMetrics, 'commandDuration'>): Dispatcher {
  return {
    find: (name) => inner.find(name),
    async dispatch(invocation) {
      const end = metrics.commandDuration.startTimer({
        platform: invocation.caller.platform,
        command: commandLabel(invocation),
      });
      try {
        const reply = await inner.dispatch(invocation);
        end({ outcome: 'ok' });
        return reply;
      } catch (error) {
        end({ outcome: 'error' });
        throw error;
      }
    },
  };
}
