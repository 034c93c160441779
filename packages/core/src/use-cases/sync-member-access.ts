import { hasAccess, membershipState } from '../domain/membership.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

export interface AccessSyncResult {
  readonly access: boolean;
  readonly accounts: number;
  readonly failures: readonly { readonly platform: string; readonly error: string }[];
}

/** Grants or revokes the member role / channels on every linked platform account to match the membership. */
export async function syncMemberAccess(
  deps: Uow<'accounts' | 'communities' | 'memberships'> & Pick<Ports, 'clock' | 'roleSync'>,
  input: { readonly communityId: string; readonly memberId: string },
): Promise<AccessSyncResult> {
  const { access, accounts } = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const periods = await repos.memberships.listForMember(community.id, input.memberId);
    const state = membershipState(periods, deps.clock.now(), community.settings);
    return {
      access: hasAccess(state.status),
      accounts: await repos.accounts.listForMember(community.id, input.memberId),
    };
  });
  const failures: { platform: string; error: string }[] = [];
  for (const account of accounts) {
    try {
      await (access ? deps.roleSync.grant(account) : deps.roleSync.revoke(account));
    } catch (error) {
      failures.push({ platform: account.platform, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { access, accounts: accounts.length, failures };
}
