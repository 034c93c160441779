import type { Application } from '../domain/application.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { ApplicantAccount } from './get-my-application.js';

/** The applicant takes back their application still under review; staff see it as withdrawn. */
export async function withdrawApplication(
  deps: Uow<'applications'> & Pick<Ports, 'clock'>,
  input: { readonly communityId: string; readonly account: ApplicantAccount },
): Promise<Application> {
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const open = await repos.applications.findOpen(input.communityId, {
      platform: input.account.platform,
      workspaceId: input.account.workspaceId,
      platformUserId: input.account.platformUserId,
    });
    if (!open) throw new DomainError('application.none_open');
    const after: Application = { ...open, status: 'withdrawn', decidedAt: now, decidedBy: null };
    await repos.applications.update(after);
    return after;
  });
}
