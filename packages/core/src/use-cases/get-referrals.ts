import type { ReferralFunnel, ReferralNode } from '../domain/vitality.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** The most members of the referral tree one answer carries (the biggest trees, shallowest first). */
export const REFERRAL_TREE_LIMIT = 300;

export interface Referrals {
  readonly funnel: ReferralFunnel;
  readonly tree: readonly ReferralNode[];
  /** True when the tree was cut at `REFERRAL_TREE_LIMIT` members. */
  readonly truncated: boolean;
}

/**
 * The referral snowball for staff: who brought whom (the biggest trees, with how deep they go and the points
 * each member contributed) and how referred applicants convert and renew against the others.
 */
export async function getReferrals(
  deps: Pick<Ports, 'communities' | 'vitality' | 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<Referrals> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const community = await loadCommunity(deps, input.communityId);
  const { timezone, graceDays } = community.settings;
  const [funnel, tree] = await Promise.all([
    deps.vitality.referralFunnel(community.id, { timezone, graceDays }, deps.clock.now()),
    deps.vitality.referralTree(community.id, REFERRAL_TREE_LIMIT + 1),
  ]);
  return { funnel, tree: tree.slice(0, REFERRAL_TREE_LIMIT), truncated: tree.length > REFERRAL_TREE_LIMIT };
}
