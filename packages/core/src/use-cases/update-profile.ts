import { emptyProfile, type Profile } from '../domain/profile.js';
import { DomainError } from '../errors/domain-error.js';
import { REASONS } from '../errors/error-reasons.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { applyProfilePatch, type ProfilePatch } from '../rules/profile-fields.js';

/**
 * A member edits their profile (company, industry, region, skills, offers, needs, visibility, matching
 * settings); moderators may edit anyone's, with an audit entry. Every field is validated (see
 * `applyProfilePatch`); do-not-pair entries must be members of the club.
 */
export async function updateProfile(
  deps: Uow<'audit' | 'communities' | 'members' | 'memberships' | 'profiles'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    /** Defaults to the acting member. */
    readonly memberId?: string;
    readonly patch: ProfilePatch;
  },
): Promise<Profile> {
  const own = input.actor.kind === 'member' ? input.actor.memberId : null;
  const memberId = input.memberId ?? own;
  if (!memberId) throw new DomainError('validation.required', { field: 'memberId' });
  if (memberId !== own) requireRole(input.actor, input.communityId, ['moderator']);
  else if (input.actor.communityId !== input.communityId) throw new DomainError('auth.forbidden');
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    // Staff edit anyone's profile (audited); a member edits their own while their membership gives access.
    if (memberId === own) await requireMemberAccess(repos, community, input.actor, now);
    const member = await loadMember(repos, community.id, memberId);
    const before = (await repos.profiles.get(community.id, member.id)) ?? emptyProfile(community.id, member.id, now);
    const after = applyProfilePatch(before, input.patch, {
      excludedKeywords: community.settings.excludedKeywords,
      now,
    });
    if (input.patch.doNotPair !== undefined && after.doNotPair.length > 0) {
      const known = await repos.members.getMany(community.id, after.doNotPair);
      const missing = after.doNotPair.filter((id) => !known.some((m) => m.id === id && !m.deletedAt));
      if (missing.length > 0) {
        throw new DomainError('validation.invalid', { field: 'doNotPair', reason: REASONS.notAMemberOfThisClub });
      }
    }
    await repos.profiles.upsert(after);
    if (memberId !== own) {
      await writeAudit(repos, deps, {
        actor: input.actor,
        action: 'profile.update',
        targetType: 'member',
        targetId: member.id,
        before,
        after,
      });
    }
    return after;
  });
}
