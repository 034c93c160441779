import type { Application } from '../domain/application.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import { loadOpenApplication } from './load-open-application.js';

/** The member an applicant named as referrer vouches for them; the vetting queue shows it. Pressing twice is fine. */
export async function vouchForApplicant(
  deps: Uow<'applications'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly applicationId: string },
): Promise<Application> {
  if (input.actor.kind !== 'member' || input.actor.communityId !== input.communityId)
    throw new DomainError('application.not_referrer');
  const memberId = input.actor.memberId;
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const before = await loadOpenApplication(repos, input.communityId, input.applicationId);
    if (before.referrerMemberId !== memberId) throw new DomainError('application.not_referrer');
    if (before.vouchedAt) return before;
    const after: Application = { ...before, vouchedAt: now };
    await repos.applications.update(after);
    return after;
  });
}
