import { DomainError } from '../errors/domain-error.js';
import { UniqueViolation } from '../errors/unique-violation.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadMember } from '../rules/load.js';

/** Fresh codes tried when one is taken (8 characters of 32: a clash is already rare). */
const ATTEMPTS = 5;

/**
 * The member's personal referral code, shown in `/me`: an applicant they refer types it in `/apply`. It is made
 * on first use and then kept.
 */
export async function getReferralCode(
  deps: Uow<'members'> & Pick<Ports, 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<string> {
  const { actor } = input;
  if (actor.kind !== 'member' || actor.communityId !== input.communityId) throw new DomainError('auth.forbidden');
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      // Each attempt is its own transaction: a unique violation ends the transaction it happens in.
      const code = await deps.uow.run(async (repos) => {
        await loadMember(repos, input.communityId, actor.memberId);
        const existing = await repos.members.getReferralCode(input.communityId, actor.memberId);
        if (existing) return existing;
        await repos.members.setReferralCode(input.communityId, actor.memberId, deps.ids.code());
        return repos.members.getReferralCode(input.communityId, actor.memberId);
      });
      if (code) return code;
    } catch (error) {
      if (!(error instanceof UniqueViolation)) throw error;
    }
  }
  throw new DomainError('conflict.unique', { what: 'referral code' });
}
