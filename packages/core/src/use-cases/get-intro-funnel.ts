import { DateTime } from 'luxon';
import { DomainError } from '../errors/domain-error.js';
import type { IntroFunnelMonth } from '../ports/introduction.repository.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** The funnel of the last `months` months (the current one included) and its totals per currency. */
export interface IntroFunnel {
  readonly timezone: string;
  /** Every month of the period, oldest first; months without introductions are zeros. */
  readonly months: readonly IntroFunnelMonth[];
}

const MAX_MONTHS = 36;

/**
 * Staff's funnel of introductions per month of creation (in the club's timezone): suggested → accepted (both
 * accepted) → met (both said so, or a deal) → deal → value per currency, aggregated in the database. A group
 * introduction of three counts as one introduction at every stage.
 */
export async function getIntroFunnel(
  deps: Uow<'communities' | 'introductions'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly months?: number },
): Promise<IntroFunnel> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const months = input.months ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw new DomainError('validation.invalid', { field: 'months', reason: `1–${MAX_MONTHS}` });
  }
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const zone = community.settings.timezone;
    const first = DateTime.fromJSDate(deps.clock.now(), { zone })
      .startOf('month')
      .minus({ months: months - 1 });
    const rows = await repos.introductions.funnelByMonth(community.id, { from: first.toJSDate(), to: null }, zone);
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    const all: IntroFunnelMonth[] = [];
    for (let i = 0; i < months; i++) {
      const month = first.plus({ months: i }).toFormat('yyyy-MM');
      all.push(byMonth.get(month) ?? { month, suggested: 0, accepted: 0, met: 0, deals: 0, value: [] });
    }
    return { timezone: zone, months: all };
  });
}
