import type { Member } from '../domain/member.js';
import type { Profile } from '../domain/profile.js';

/** A profile as other members see it: without the owner's private matching settings. */
export type DirectoryProfile = Omit<Profile, 'doNotPair' | 'snoozedUntil' | 'matchingOptIn'>;

/** A member as the directory shows them. */
export interface DirectoryEntry {
  readonly memberId: string;
  readonly displayName: string;
  readonly handle: string;
  readonly profile: DirectoryProfile;
}

/** Drops the fields only the member and the staff who manage them may see. */
export function directoryProfile(profile: Profile): DirectoryProfile {
  const { doNotPair: _doNotPair, snoozedUntil: _snoozedUntil, matchingOptIn: _matchingOptIn, ...shown } = profile;
  return shown;
}

export function directoryEntry(member: Member, profile: Profile): DirectoryEntry {
  return {
    memberId: member.id,
    displayName: member.displayName,
    handle: member.handle,
    profile: directoryProfile(profile),
  };
}
