/**
 * Two queues: `notify` sends what members see and is rate limited so a 1,000-member fan-out never
 * causes 429 storms on Discord or Slack; `tasks` plans, reconciles and sweeps.
 */
export const QUEUES = { notify: 'snowball-notify', tasks: 'snowball-tasks' } as const;
export type QueueKey = keyof typeof QUEUES;

/** Job names whose work is a message to a member; everything else runs on the tasks queue. */
const NOTIFY_PREFIXES = ['notify.', 'lesson.reminder', 'renewal.reminder', 'intro.'];

export function queueFor(jobName: string): QueueKey {
  return NOTIFY_PREFIXES.some((p) => jobName.startsWith(p)) ? 'notify' : 'tasks';
}

/** Sends per second across the notify queue: under Discord's global 50/s and Slack's chat.postMessage pacing. */
export const NOTIFY_RATE = { max: 20, duration: 1000 } as const;
