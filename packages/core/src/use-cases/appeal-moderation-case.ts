import type { ModerationCase } from '../domain/moderation.js';
import { DomainError } from '../errors/domain-error.js';
import { pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { cleanId, cleanText } from '../rules/text.js';

export const APPEAL_MAX = 2000;

/**
 * `/appeal`: a member appeals a strike of theirs (an upheld case), with their reason; the case goes back to the
 * moderators' queue as `appealed`. Without a case id it is the member's latest strike. One appeal per case.
 */
export async function appealModerationCase(
  deps: Uow<'moderation'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly reason: string; readonly caseId?: string | null },
): Promise<ModerationCase> {
  const memberId = actorId(input.actor);
  if (!memberId) throw new DomainError('auth.forbidden');
  const reason = cleanText(input.reason, 'reason', APPEAL_MAX, { required: true });
  const caseId = cleanId(input.caseId, 'case');
  const communityId = input.actor.communityId;
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    let target: ModerationCase | null;
    if (caseId) {
      target = await repos.moderation.get(communityId, caseId);
      // Someone else's case is "nothing to appeal": members never learn about other members' cases.
      if (!target || target.memberId !== memberId) throw new DomainError('appeal.nothing_to_appeal');
    } else {
      const latest = await repos.moderation.page(
        communityId,
        { memberId, statuses: ['upheld', 'appealed'] },
        pageRequest(1),
      );
      target = latest.items[0] ?? null;
      if (!target) throw new DomainError('appeal.nothing_to_appeal');
    }
    if (target.status === 'appealed' || target.appeal || target.appealOutcome) {
      throw new DomainError('appeal.already_appealed');
    }
    if (target.status !== 'upheld') throw new DomainError('appeal.nothing_to_appeal');
    const appealed: ModerationCase = { ...target, status: 'appealed', appeal: reason, appealedAt: now };
    await repos.moderation.update(appealed);
    return appealed;
  });
}
