import type { Profile } from '../domain/profile.js';
import type { Actor } from './actor.js';

/**
 * Who sees a profile (in /find, in intros' summaries shown by staff tools, and with getProfile):
 * - `members`: every member with access, and staff;
 * - `staff`: staff only (owner, moderator, coach), e.g. a member who wants coaches to know them;
 * - `hidden`: owners and moderators only, who vet and moderate members — not coaches, not members.
 * A member always sees their own profile. Matching is separate and follows `matchingOptIn`: a hidden
 * member who stays opted in may still be introduced, and the counterpart of that introduction sees
 * their summary in the introduction message.
 */
export function canSeeProfile(actor: Actor, profile: Pick<Profile, 'memberId' | 'visibility'>): boolean {
  if (actor.kind === 'system') return true;
  if (actor.memberId === profile.memberId) return true;
  switch (profile.visibility) {
    case 'members':
      return true;
    case 'staff':
      return actor.roles.length > 0;
    case 'hidden':
      return actor.roles.includes('owner') || actor.roles.includes('moderator');
  }
}
