import { DateTime } from 'luxon';
import { addLocalDays, type VitalityDay } from '../domain/vitality.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** The longest series one request may ask for (two years of days). */
export const VITALITY_MAX_DAYS = 730;

export interface VitalitySeries {
  /** The club's timezone: every `day` is a local date in it. */
  readonly timezone: string;
  readonly fromDay: string;
  readonly toDay: string;
  /** The stored days in range, oldest first; days not yet summarised are absent (the job fills them). */
  readonly days: readonly VitalityDay[];
  /** The latest summarised day, or null before the first run of the `vitality.refresh` job. */
  readonly computedThrough: string | null;
}

/**
 * Contributors, takers and silent members over time for staff: the last `days` local days (default 365) of the
 * club's daily vitality summary, read from the stored rows (a few hundred, whatever the club's size).
 */
export async function getVitality(
  deps: Pick<Ports, 'communities' | 'vitality' | 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly days?: number },
): Promise<VitalitySeries> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const span = input.days ?? 365;
  if (!Number.isInteger(span) || span < 1 || span > VITALITY_MAX_DAYS) {
    throw new DomainError('validation.invalid', {
      field: 'days',
      reason: {
        en: `a whole number from 1 to ${VITALITY_MAX_DAYS}`,
        'zh-CN': `请填写 1 到 ${VITALITY_MAX_DAYS} 的整数`,
      },
    });
  }
  const community = await loadCommunity(deps, input.communityId);
  const { timezone } = community.settings;
  const toDay = DateTime.fromJSDate(deps.clock.now(), { zone: timezone }).toISODate() as string;
  const fromDay = addLocalDays(toDay, 1 - span);
  const days = await deps.vitality.listDays(community.id, fromDay, toDay);
  // The job writes days in order up to today: the range's last row is the last summarised day when there is one.
  const computedThrough = days.at(-1)?.day ?? (await deps.vitality.lastDay(community.id));
  return { timezone, fromDay, toDay, days, computedThrough };
}
