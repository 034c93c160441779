import type { Platform } from '../domain/member.js';
import type { ModerationCase } from '../domain/moderation.js';
import type { ModerationSettings, StrikeStep } from '../domain/moderation-rules.js';

/** Upheld cases that still count as strikes at `now` (they expire `strikeExpiryDays` after the decision). */
export function countActiveStrikes(
  settings: ModerationSettings,
  cases: readonly Pick<ModerationCase, 'status' | 'decidedAt' | 'createdAt'>[],
  now: Date,
): number {
  const since = now.getTime() - settings.strikeExpiryDays * 86_400_000;
  return cases.filter((c) => c.status === 'upheld' && (c.decidedAt ?? c.createdAt).getTime() > since).length;
}

/**
 * What the n-th active strike (1 for the first) leads to on a platform: the ladder's step, the last step repeating
 * beyond its end. Platforms without timeouts (Slack, Feishu) give a warning instead.
 */
export function strikeConsequence(
  settings: ModerationSettings,
  activeStrikes: number,
  platform: Platform,
): { readonly step: StrikeStep; readonly timeoutMinutes: number | null } {
  const ladder = settings.strikeLadder.length > 0 ? settings.strikeLadder : (['warning'] as const);
  const index = Math.min(Math.max(activeStrikes, 1), ladder.length) - 1;
  const step = ladder[index] ?? 'warning';
  if (step === 'timeout' && platform !== 'discord') return { step: 'warning', timeoutMinutes: null };
  return { step, timeoutMinutes: step === 'timeout' ? settings.timeoutMinutes : null };
}
