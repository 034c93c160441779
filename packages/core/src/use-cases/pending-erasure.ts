import type { ErasureRequest } from '../domain/privacy.js';
import type { Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { requirePrivacyAccess } from '../rules/privacy-access.js';

/** The member's erasure waiting for its cooling-off, if any (for `/privacy delete` and the member page). */
export async function pendingErasure(
  deps: Uow<'privacy'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string },
): Promise<ErasureRequest | null> {
  requirePrivacyAccess(input.actor, input.communityId, input.memberId);
  return deps.uow.run((repos) => repos.privacy.pendingErasureOf(input.communityId, input.memberId));
}
