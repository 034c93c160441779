import type { Deal } from '../domain/deal.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';

/**
 * The other member of a deal confirms it (it counts as confirmed in the panel's totals) and is credited a
 * `deal` contribution; the introduction's introducer, if a third party made it, is credited one too. Confirming twice changes nothing. Only while their membership gives access.
 */
export async function confirmDeal(
  deps: Uow<'communities' | 'contributions' | 'introductions' | 'memberships'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly dealId: string },
): Promise<Deal> {
  const { actor } = input;
  if (actor.kind !== 'member' || actor.communityId !== input.communityId) {
    throw new DomainError('deal.not_counterpart');
  }
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, actor, now);
    const deal = await repos.introductions.getDeal(community.id, input.dealId);
    if (!deal) throw new DomainError('deal.not_found');
    if (deal.counterpartId !== actor.memberId) throw new DomainError('deal.not_counterpart');
    if (deal.confirmedByCounterpart) return deal;
    const after: Deal = { ...deal, confirmedByCounterpart: true };
    await repos.introductions.updateDeal(after);
    await repos.contributions.record({
      id: deps.ids.id(),
      communityId: deal.communityId,
      memberId: actor.memberId,
      kind: 'deal',
      sourceId: deal.id,
      points: 1,
      at: now,
    });
    // The introducer (a third party who made the introduction, see `Introduction.introducerId`) is credited once
    // per deal, when both sides have confirmed it.
    const intro = deal.introductionId ? await repos.introductions.get(community.id, deal.introductionId) : null;
    const introducer = intro?.introducerId ?? null;
    if (intro && introducer && introducer !== intro.memberA && introducer !== intro.memberB) {
      await repos.contributions.record({
        id: deps.ids.id(),
        communityId: deal.communityId,
        memberId: introducer,
        kind: 'deal',
        sourceId: deal.id,
        points: 1,
        at: now,
      });
    }
    return after;
  });
}
