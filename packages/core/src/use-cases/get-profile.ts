import { emptyProfile, type Profile } from '../domain/profile.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import type { Actor } from '../rules/actor.js';
import {
  type DirectoryProfile,
  directoryProfile,
  type StaffProfile,
  staffProfile,
} from '../rules/directory-profile.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { requireMemberAccess } from '../rules/member-access.js';
import { canSeeProfile } from '../rules/profile-visibility.js';

export interface ProfileView {
  readonly memberId: string;
  readonly displayName: string;
  readonly handle: string;
  /**
   * The full profile for the member themself; for owners and moderators all but the contact for
   * introductions (meant for introduced members only); the directory view otherwise.
   */
  readonly profile: Profile | StaffProfile | DirectoryProfile;
  readonly own: boolean;
}

/** One member's profile, as far as the viewer may see it (see `canSeeProfile`). */
export async function getProfile(
  deps: Uow<'communities' | 'members' | 'memberships' | 'profiles'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string },
): Promise<ProfileView> {
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const own = input.actor.kind === 'member' && input.actor.memberId === input.memberId;
    if (!own) await requireMemberAccess(repos, community, input.actor, now);
    else if (input.actor.communityId !== community.id) throw new DomainError('auth.forbidden');
    const member = await loadMember(repos, community.id, input.memberId);
    const profile = (await repos.profiles.get(community.id, member.id)) ?? emptyProfile(community.id, member.id, now);
    if (!canSeeProfile(input.actor, profile)) throw new DomainError('profile.not_visible');
    const full = own || input.actor.kind === 'system';
    const staff = input.actor.kind === 'member' && input.actor.roles.some((r) => r === 'owner' || r === 'moderator');
    return {
      memberId: member.id,
      displayName: member.displayName,
      handle: member.handle,
      profile: full ? profile : staff ? staffProfile(profile) : directoryProfile(profile),
      own,
    };
  });
}
