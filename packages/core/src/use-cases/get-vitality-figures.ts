import { DateTime } from 'luxon';
import {
  type Activation,
  type AtRisk,
  addLocalMonths,
  DEAL_QUARTERS,
  type DealQuarter,
  type IntroducerDeals,
  type MonthCount,
  NEW_CONTRIBUTOR_MONTHS,
  TOP_INTRODUCERS,
} from '../domain/vitality-figures.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

export interface VitalityFigures {
  /** The club's timezone: months and quarters are local to it. */
  readonly timezone: string;
  /** The instant the figures are as of (ISO 8601). */
  readonly asOf: string;
  readonly atRisk: AtRisk;
  /** The last `NEW_CONTRIBUTOR_MONTHS` local months, the current one last, every month listed. */
  readonly newContributorsByMonth: readonly MonthCount[];
  /** Deals in the last `DEAL_QUARTERS` local quarters (the current one included), per quarter and currency. */
  readonly dealsByQuarter: readonly DealQuarter[];
  /**
   * The same deals per introducer and currency: the `TOP_INTRODUCERS` members whose introductions (as a third
   * party) led to the most deals, then the matching rounds' row (`introducerId` null).
   */
  readonly dealsByIntroducer: readonly (IntroducerDeals & {
    /** The introducer's display name (null for the matching rounds' row). */
    readonly introducerName: string | null;
  })[];
  /** Onboarding: new members whose first 14 days are over, those activated, and the share (null for none). */
  readonly activation: Activation & { readonly share: number | null };
}

/**
 * The figures beside the daily series, for staff, as of now: the at-risk counts (top contributors gone silent,
 * members near renewal who took and gave nothing), new contributors per month, deals per quarter (count and
 * value per currency) and per introducer, and onboarding's activation figure. Each is one SQL aggregate on the club's rows.
 */
export async function getVitalityFigures(
  deps: Pick<Ports, 'communities' | 'members' | 'vitality' | 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<VitalityFigures> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const community = await loadCommunity(deps, input.communityId);
  const { timezone, graceDays } = community.settings;
  const rules = { timezone, graceDays };
  const now = deps.clock.now();
  const local = DateTime.fromJSDate(now, { zone: timezone });
  const month = local.toFormat('yyyy-MM');
  const quarterStart = local.startOf('quarter').minus({ quarters: DEAL_QUARTERS - 1 });
  const fromDay = quarterStart.toISODate() as string;
  const toDay = local.endOf('quarter').toISODate() as string;
  const [atRisk, newContributorsByMonth, dealsByQuarter, dealsByIntroducer, activation] = await Promise.all([
    deps.vitality.atRisk(community.id, rules, now),
    deps.vitality.newContributorsByMonth(community.id, rules, addLocalMonths(month, 1 - NEW_CONTRIBUTOR_MONTHS), month),
    deps.vitality.dealsByQuarter(community.id, rules, fromDay, toDay),
    deps.vitality.dealsByIntroducer(community.id, rules, fromDay, toDay, TOP_INTRODUCERS),
    deps.vitality.activation(community.id, now),
  ]);
  const introducerIds = [...new Set(dealsByIntroducer.flatMap((r) => (r.introducerId ? [r.introducerId] : [])))];
  const introducers = introducerIds.length > 0 ? await deps.members.getMany(community.id, introducerIds) : [];
  const names = new Map(introducers.map((m) => [m.id, m.displayName]));
  const share = activation.newMembers === 0 ? null : activation.activated / activation.newMembers;
  return {
    timezone,
    asOf: now.toISOString(),
    atRisk,
    newContributorsByMonth,
    dealsByQuarter,
    dealsByIntroducer: dealsByIntroducer.map((r) => ({
      ...r,
      introducerName: r.introducerId ? (names.get(r.introducerId) ?? null) : null,
    })),
    activation: { ...activation, share },
  };
}
