import type { Profile } from '../domain/profile.js';

/** Member profiles. */
export interface ProfileRepository {
  get(communityId: string, memberId: string): Promise<Profile | null>;
  upsert(profile: Profile): Promise<void>;
  listForCommunity(communityId: string): Promise<Profile[]>;
}
