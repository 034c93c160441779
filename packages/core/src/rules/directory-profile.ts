import type { Member } from '../domain/member.js';
import type { Profile } from '../domain/profile.js';

/**
 * A profile as staff see it: everything but the contact for introductions, which the member agreed to give
 * only to a member they are introduced to.
 */
export type StaffProfile = Omit<Profile, 'contactForIntros'>;

/** A profile as other members see it: without the owner's private matching settings nor their contact. */
export type DirectoryProfile = Omit<StaffProfile, 'doNotPair' | 'snoozedUntil' | 'matchingOptIn'>;

/** A member as the directory shows them. */
export interface DirectoryEntry {
  readonly memberId: string;
  readonly displayName: string;
  readonly handle: string;
  readonly profile: DirectoryProfile;
}

/** Drops the contact for introductions, which only an introduced counterpart receives. */
export function staffProfile(profile: Profile): StaffProfile {
  const { contactForIntros: _contactForIntros, ...shown } = profile;
  return shown;
}

/** Drops the fields only the member and the staff who manage them may see. */
export function directoryProfile(profile: Profile): DirectoryProfile {
  const {
    doNotPair: _doNotPair,
    snoozedUntil: _snoozedUntil,
    matchingOptIn: _matchingOptIn,
    ...shown
  } = staffProfile(profile);
  return shown;
}

/** A member with the directory view of their profile. */
export function directoryEntry(member: Member, profile: Profile): DirectoryEntry {
  return {
    memberId: member.id,
    displayName: member.displayName,
    handle: member.handle,
    profile: directoryProfile(profile),
  };
}
