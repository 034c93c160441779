import type { Deal } from '../domain/deal.js';
import { normalizeCurrency } from '../domain/money.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { cleanText } from '../rules/text.js';

/** Deals above this (in minor units, about 10 billion in major units) are refused as typos. */
export const MAX_DEAL_MINOR = 1_000_000_000_000;
const NOTE_MAX = 1000;

/**
 * One member of an introduction records business that came from it (/deal, or "Yes" at the follow-up):
 * value in minor units with an ISO currency, an optional note and closing date. The deal waits for the
 * other member's confirmation (`confirmDeal`). The recorder is credited a `deal` contribution; the
 * counterpart is credited when they confirm, so nobody's record grows on another's word alone.
 */
export async function recordDeal(
  deps: Uow<'communities' | 'contributions' | 'introductions' | 'memberships'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly introductionId: string;
    readonly amountMinor: number;
    readonly currency: string;
    readonly note?: string;
    /** When the business was closed; defaults to now. */
    readonly closedAt?: Date;
  },
): Promise<Deal> {
  const { actor } = input;
  if (actor.kind !== 'member' || actor.communityId !== input.communityId) throw new DomainError('intro.not_party');
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0 || input.amountMinor > MAX_DEAL_MINOR) {
    throw new DomainError('deal.invalid_amount');
  }
  const currency = normalizeCurrency(input.currency);
  const note = cleanText(input.note, 'note', NOTE_MAX);
  const now = deps.clock.now();
  const closedAt = input.closedAt ?? now;
  if (!(closedAt instanceof Date) || !Number.isFinite(closedAt.getTime())) throw new DomainError('deal.invalid_date');
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    await requireMemberAccess(repos, community, actor, now);
    const intro = await repos.introductions.get(community.id, input.introductionId);
    if (!intro) throw new DomainError('intro.not_found');
    if (intro.memberA !== actor.memberId && intro.memberB !== actor.memberId) throw new DomainError('intro.not_party');
    if (intro.status !== 'introduced') throw new DomainError('deal.not_introduced');
    if (closedAt.getTime() > now.getTime() || closedAt.getTime() < intro.createdAt.getTime()) {
      throw new DomainError('deal.invalid_date');
    }
    const deal: Deal = {
      id: deps.ids.id(),
      communityId: community.id,
      introductionId: intro.id,
      recordedBy: actor.memberId,
      counterpartId: intro.memberA === actor.memberId ? intro.memberB : intro.memberA,
      amountMinor: input.amountMinor,
      currency,
      note,
      confirmedByCounterpart: false,
      closedAt,
      createdAt: now,
    };
    await repos.introductions.addDeal(deal);
    // Business came of it: the "did this lead to business?" follow-ups stop (see sendIntroFollowUp).
    if (intro.followUpOutcome !== 'deal') await repos.introductions.update({ ...intro, followUpOutcome: 'deal' });
    await repos.contributions.record({
      id: deps.ids.id(),
      communityId: community.id,
      memberId: actor.memberId,
      kind: 'deal',
      sourceId: deal.id,
      points: 1,
      at: now,
    });
    return deal;
  });
}
