import { createCore } from '../create-core.js';
import type { Locale } from '../i18n/locale.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from './create-test-ports.js';

/**
 * A club "Club" (the default timezone, Shanghai) where Ann (zh-CN, Discord `U-Ann`) and Ben (en, Slack `U-Ben`)
 * applied, were approved and paid at 10:00 local on 5 January 2026. `join` adds another such member now;
 * `ownerAccount` links the owner first (in workspace `T1` of that platform).
 */
export async function createPaidMembersClub(
  options: { readonly ownerAccount?: { readonly platform: 'discord' | 'slack'; readonly platformUserId: string } } = {},
) {
  const ports = createTestPorts();
  ports.clock.set('2026-01-05T02:00:00Z');
  const core = createCore(ports);
  const { community, ownerId } = await core.createCommunity({
    slug: 'club',
    name: 'Club',
    owner: { displayName: 'Olivia' },
  });
  const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
  if (options.ownerAccount) {
    await ports.accounts.link({
      communityId: community.id,
      memberId: ownerId,
      platform: options.ownerAccount.platform,
      workspaceId: 'T1',
      platformUserId: options.ownerAccount.platformUserId,
      linkedAt: ports.clock.now(),
    });
  }
  const join = async (name: string, locale: Locale, platform: 'discord' | 'slack') => {
    const app = await core.submitApplication({
      communityId: community.id,
      name,
      email: `${name.toLowerCase()}@example.com`,
      answers: [],
      valuesPledge: true,
      locale,
    });
    const approved = await core.approveApplication({ actor: owner, communityId: community.id, applicationId: app.id });
    const memberId = approved.memberId as string;
    await core.recordPayment({
      actor: owner,
      communityId: community.id,
      memberId,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'cash',
      reference: `ref-${name}`,
    });
    await ports.members.update({ ...(await ports.members.get(community.id, memberId))!, locale });
    await ports.accounts.link({
      communityId: community.id,
      memberId,
      platform,
      workspaceId: 'W',
      platformUserId: `U-${name}`,
      linkedAt: ports.clock.now(),
    });
    return memberId;
  };
  const ann = await join('Ann', 'zh-CN', 'discord');
  const ben = await join('Ben', 'en', 'slack');
  return { ports, core, community, communityId: community.id, owner, ownerId, ann, ben, join };
}
