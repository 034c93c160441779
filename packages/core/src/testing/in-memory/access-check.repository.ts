import type { AccessCheckRun, AccessStanding, AccountStanding } from '../../domain/access-check.js';
import type { Member, Platform, PlatformAccount, StaffAssignment } from '../../domain/member.js';
import type { MembershipPeriod } from '../../domain/membership.js';
import type { AccessCheckRepository } from '../../ports/access-check.repository.js';
import { compareText, copy, type MemoryStore } from './store.js';

type Workspace = { readonly platform: Platform; readonly workspaceId: string };

export class InMemoryAccessCheckRepository implements AccessCheckRepository {
  constructor(private readonly store: MemoryStore) {}

  private standingOf(account: PlatformAccount, accessAfter: Date): AccountStanding {
    const member = this.store.table<Member>('members').get(account.memberId);
    let latestEnd: number | null = null;
    for (const p of this.store.table<MembershipPeriod>('memberships').values()) {
      if (p.communityId === account.communityId && p.memberId === account.memberId) {
        latestEnd = Math.max(latestEnd ?? p.endsAt.getTime(), p.endsAt.getTime());
      }
    }
    const staff = [...this.store.table<StaffAssignment>('staff').values()].some(
      (s) => s.communityId === account.communityId && s.memberId === account.memberId,
    );
    let standing: AccessStanding;
    if (!member || member.deletedAt) standing = 'ended';
    else if (latestEnd !== null && latestEnd > accessAfter.getTime()) standing = 'access';
    else if (staff) standing = 'staff';
    else standing = latestEnd === null ? 'never' : 'ended';
    return { platformUserId: account.platformUserId, memberId: account.memberId, standing };
  }

  private accounts(communityId: string, workspace: Workspace): PlatformAccount[] {
    return [...this.store.table<PlatformAccount>('accounts').values()].filter(
      (a) =>
        a.communityId === communityId && a.platform === workspace.platform && a.workspaceId === workspace.workspaceId,
    );
  }

  async accessPage(communityId: string, workspace: Workspace, accessAfter: Date, after: string | null, limit: number) {
    return this.accounts(communityId, workspace)
      .filter((a) => after === null || compareText(a.platformUserId, after) > 0)
      .sort((a, b) => compareText(a.platformUserId, b.platformUserId))
      .map((a) => this.standingOf(a, accessAfter))
      .filter((s) => s.standing === 'access')
      .slice(0, limit);
  }

  async accessCount(communityId: string, workspace: Workspace, accessAfter: Date) {
    return this.accounts(communityId, workspace).filter((a) => this.standingOf(a, accessAfter).standing === 'access')
      .length;
  }

  async standings(communityId: string, workspace: Workspace, accessAfter: Date, ids: readonly string[]) {
    const wanted = new Set(ids);
    return this.accounts(communityId, workspace)
      .filter((a) => wanted.has(a.platformUserId))
      .sort((a, b) => compareText(a.platformUserId, b.platformUserId))
      .map((a) => this.standingOf(a, accessAfter));
  }

  async saveRun(run: AccessCheckRun) {
    this.store.table<AccessCheckRun>('accessCheckRuns').set(run.communityId, copy(run));
  }

  async lastRun(communityId: string) {
    const run = this.store.table<AccessCheckRun>('accessCheckRuns').get(communityId);
    return run ? copy(run) : null;
  }
}
