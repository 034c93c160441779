import type { Actor, Community, Core, Locale, Platform, ProfilePatch } from '@snowball/core';

/** One side of the introduction pair: a paid member with a profile, reachable on one platform account. */
export interface IntroPairMember {
  readonly id: string;
  readonly name: string;
  readonly locale: Locale;
  readonly actor: Actor;
  readonly platformUserId: string;
}

// Each one's offers meet the other's needs, in different languages and different words (as in the core's
// matching tests), so a matching round pairs exactly these two.
const PAIR: readonly { readonly name: string; readonly locale: Locale; readonly profile: ProfilePatch }[] = [
  {
    name: '李雷',
    locale: 'zh-CN',
    profile: {
      company: '雷霆跨境',
      industry: '跨境电商',
      region: '深圳',
      offers: '亚马逊运营团队，品牌出海',
      needs: '急需跨境物流合作伙伴',
    },
  },
  {
    name: 'Sam Tan',
    locale: 'en',
    profile: {
      company: 'Tan Freight',
      industry: 'logistics',
      region: 'Shenzhen',
      offers: 'we run Southeast Asia freight forwarding',
      needs: 'looking for Amazon sellers as clients',
    },
  },
];

/**
 * Makes the introduction pair members of a club through the core (application in their language, approval,
 * payment, profile), each linked to the given platform user: 李雷 (zh-CN, needs cross-border logistics) and
 * Sam Tan (en, runs freight forwarding, looks for Amazon sellers).
 */
export async function seedIntroPair(input: {
  readonly core: Core;
  readonly community: Community;
  readonly owner: Actor;
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly userIds: readonly [string, string];
}): Promise<readonly [IntroPairMember, IntroPairMember]> {
  const { core, community, owner } = input;
  const members: IntroPairMember[] = [];
  for (const [i, spec] of PAIR.entries()) {
    const platformUserId = input.userIds[i] as string;
    const application = await core.submitApplication({
      communityId: community.id,
      name: spec.name,
      answers: [{ question: 'What do you do?', answer: spec.profile.offers ?? '' }],
      valuesPledge: true,
      locale: spec.locale,
      account: { platform: input.platform, workspaceId: input.workspaceId, platformUserId },
    });
    const approved = await core.approveApplication({
      actor: owner,
      communityId: community.id,
      applicationId: application.id,
    });
    await core.recordPayment({
      actor: owner,
      communityId: community.id,
      applicationId: application.id,
      amountMinor: community.settings.fee.amountMinor,
      currency: community.settings.fee.currency,
      method: 'bank_transfer',
      reference: `REF-${application.id}`,
    });
    const id = approved.memberId as string;
    const actor: Actor = { kind: 'member', communityId: community.id, memberId: id, roles: [] };
    await core.updateProfile({ actor, communityId: community.id, patch: spec.profile });
    members.push({ id, name: spec.name, locale: spec.locale, actor, platformUserId });
  }
  return [members[0] as IntroPairMember, members[1] as IntroPairMember];
}
