import type { Application } from '../domain/application.js';
import { handleFrom } from '../domain/member.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { uniqueHandle } from '../rules/load.js';
import { announceApplicationDecision } from './announce-application-decision.js';
import { loadOpenApplication } from './load-open-application.js';

/**
 * A moderator accepts an applicant: a member record is created (or reused) and linked; payment comes next. The
 * applicant is told by DM once the decision is committed (fee and payment instructions; see
 * `announceApplicationDecision`: sent now, with a queued job as a safety net, once per decision).
 */
export async function approveApplication(
  deps: Uow<
    'accounts' | 'applications' | 'audit' | 'billing' | 'communities' | 'deliveries' | 'members' | 'memberships'
  > &
    Pick<Ports, 'clock' | 'ids' | 'jobs' | 'messenger' | 'paymentGateway'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly applicationId: string;
    readonly note?: string;
  },
): Promise<Application> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const now = deps.clock.now();
  const decided = await deps.uow.run(async (repos) => {
    const before = await loadOpenApplication(repos, input.communityId, input.applicationId);
    const previous =
      (before.platform && before.workspaceId && before.platformUserId
        ? await repos.accounts.find(before.platform, before.workspaceId, before.platformUserId)
        : null) ?? null;
    let memberId = previous?.communityId === input.communityId ? previous.memberId : null;
    if (!memberId && before.email)
      memberId = (await repos.members.getByEmail(input.communityId, before.email))?.id ?? null;
    if (!memberId) {
      memberId = deps.ids.id();
      await repos.members.create({
        id: memberId,
        communityId: input.communityId,
        handle: await uniqueHandle(repos, input.communityId, handleFrom(before.name)),
        displayName: before.name,
        email: before.email,
        locale: before.locale,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: now,
        deletedAt: null,
      });
    }
    if (before.platform && before.workspaceId && before.platformUserId && !previous) {
      await repos.accounts.link({
        communityId: input.communityId,
        platform: before.platform,
        workspaceId: before.workspaceId,
        platformUserId: before.platformUserId,
        memberId,
        linkedAt: now,
      });
    }
    const after: Application = {
      ...before,
      status: 'approved',
      decisionReason: input.note?.trim() || null,
      decidedBy: actorId(input.actor),
      decidedAt: now,
      memberId,
    };
    await repos.applications.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'application.approve',
      targetType: 'application',
      targetId: after.id,
      before: { status: before.status },
      after: { status: after.status, memberId },
    });
    return after;
  });
  await announceApplicationDecision(deps, decided);
  return decided;
}
