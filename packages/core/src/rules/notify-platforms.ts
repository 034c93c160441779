import type { Member, PlatformAccount } from '../domain/member.js';

/**
 * The accounts a direct message to this member goes to: those on the platforms they chose (`notifyPlatforms`),
 * or every linked one when they chose none, or when none of their linked accounts is on a chosen platform (an
 * unlinked choice never silences the member).
 */
export function accountsToNotify(
  member: Pick<Member, 'notifyPlatforms'>,
  accounts: readonly PlatformAccount[],
): PlatformAccount[] {
  const chosen = member.notifyPlatforms;
  if (!chosen || chosen.length === 0) return [...accounts];
  const picked = accounts.filter((a) => chosen.includes(a.platform));
  return picked.length > 0 ? picked : [...accounts];
}
