import type { Platform, PlatformAccount } from '../domain/member.js';

/** Links Discord and Slack users to members (one membership, both platforms). */
export interface PlatformAccountRepository {
  link(account: PlatformAccount): Promise<void>;
  find(platform: Platform, workspaceId: string, platformUserId: string): Promise<PlatformAccount | null>;
  listForMember(communityId: string, memberId: string): Promise<PlatformAccount[]>;
  unlinkAll(communityId: string, memberId: string): Promise<void>;
}
