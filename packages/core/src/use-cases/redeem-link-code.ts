import type { Platform, PlatformAccount } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { syncMemberAccess } from './sync-member-access.js';

/** Links the calling platform account to the member who made the code; the code works once. */
export async function redeemLinkCode(
  deps: Uow<'accounts' | 'auth' | 'communities' | 'memberships'> & Pick<Ports, 'clock' | 'roleSync'>,
  input: {
    readonly communityId: string;
    readonly code: string;
    readonly account: { readonly platform: Platform; readonly workspaceId: string; readonly platformUserId: string };
  },
): Promise<PlatformAccount> {
  const code = input.code.trim().toUpperCase();
  const now = deps.clock.now();
  const account = await deps.uow.run(async (repos) => {
    if (await repos.accounts.find(input.account.platform, input.account.workspaceId, input.account.platformUserId)) {
      throw new DomainError('account.already_linked');
    }
    const link = await repos.auth.takeLinkCode(code);
    if (!link || link.communityId !== input.communityId) throw new DomainError('link.code_invalid');
    if (link.expiresAt <= now) throw new DomainError('link.code_expired');
    const linked: PlatformAccount = {
      ...input.account,
      communityId: input.communityId,
      memberId: link.memberId,
      linkedAt: now,
    };
    await repos.accounts.link(linked);
    return linked;
  });
  await syncMemberAccess(deps, { communityId: input.communityId, memberId: account.memberId });
  return account;
}
