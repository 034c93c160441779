import type { ErasureRequest } from '../domain/privacy.js';
import { DomainError } from '../errors/domain-error.js';
import type { Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { requirePrivacyAccess } from '../rules/privacy-access.js';

/**
 * The member's erasure waiting for its cooling-off, if any (for `/privacy delete` and the member page). A member
 * of another club is not found (404), as everywhere: the answer must not differ from an unknown id's.
 */
export async function pendingErasure(
  deps: Uow<'members' | 'privacy'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string },
): Promise<ErasureRequest | null> {
  requirePrivacyAccess(input.actor, input.communityId, input.memberId);
  return deps.uow.run(async (repos) => {
    if (!(await repos.members.get(input.communityId, input.memberId))) {
      throw new DomainError('member.not_found', { memberId: input.memberId });
    }
    return repos.privacy.pendingErasureOf(input.communityId, input.memberId);
  });
}
