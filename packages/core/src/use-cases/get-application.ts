import type { Application } from '../domain/application.js';
import type { Member } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

export interface ApplicationDetail {
  readonly application: Application;
  /** The member who referred the applicant, if any. */
  readonly referrer: Pick<Member, 'id' | 'displayName' | 'handle'> | null;
  /** The staff member who decided, if decided. */
  readonly decidedBy: Pick<Member, 'id' | 'displayName' | 'handle'> | null;
}

/** One application with its answers, auto-flags, referrer and decision, for vetting. */
export async function getApplication(
  deps: Uow<'applications' | 'members'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly applicationId: string },
): Promise<ApplicationDetail> {
  requireRole(input.actor, input.communityId, ['moderator']);
  return deps.uow.run(async (repos) => {
    const application = await repos.applications.get(input.communityId, input.applicationId);
    if (!application) throw new DomainError('application.not_found', { applicationId: input.applicationId });
    const ids = [application.referrerMemberId, application.decidedBy].filter((id): id is string => Boolean(id));
    const people = new Map((await repos.members.getMany(input.communityId, ids)).map((m) => [m.id, m]));
    const pick = (id: string | null) => {
      const m = id ? people.get(id) : undefined;
      return m ? { id: m.id, displayName: m.displayName, handle: m.handle } : null;
    };
    return { application, referrer: pick(application.referrerMemberId), decidedBy: pick(application.decidedBy) };
  });
}
