import type { Community } from '../domain/community.js';
import type { Platform, StaffRole } from '../domain/member.js';
import { emptyProfile } from '../domain/profile.js';
import type { Locale } from '../i18n/locale.js';
import type { Actor } from '../rules/actor.js';
import { applyProfilePatch, type ProfilePatch } from '../rules/profile-fields.js';
import { createCommunity } from '../use-cases/create-community.js';
import { updateProfile } from '../use-cases/update-profile.js';
import type { TestPorts } from './create-test-ports.js';

const DAY = 86_400_000;

/** One member of a test club for the network features. */
export interface NetworkMemberSpec {
  readonly name: string;
  readonly locale?: Locale;
  readonly profile?: ProfilePatch;
  /** `active` (default), `lapsed` (membership ended long ago) or `none` (never paid). */
  readonly membership?: 'active' | 'lapsed' | 'none';
  readonly roles?: readonly StaffRole[];
  readonly platform?: Platform;
  readonly matchingExcluded?: boolean;
}

export interface NetworkClub {
  readonly community: Community;
  readonly owner: Actor;
  /** The members in the order given; ids sort in the same order. */
  readonly members: readonly { readonly id: string; readonly name: string; readonly actor: Actor }[];
}

/**
 * A club with members, memberships, linked platform accounts and profiles, built through the ports and
 * use cases, for tests of profiles, matching, introductions, deals and suppliers.
 */
export async function createNetworkClub(ports: TestPorts, specs: readonly NetworkMemberSpec[]): Promise<NetworkClub> {
  const { community, ownerId } = await createCommunity(ports, {
    slug: `club-${ports.ids.code().toLowerCase()}`,
    name: '创始人俱乐部',
    owner: { displayName: 'Owner 群主' },
  });
  const owner: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
  const now = ports.clock.now();
  const members: { id: string; name: string; actor: Actor }[] = [];
  for (const [i, spec] of specs.entries()) {
    const id = ports.ids.id();
    await ports.members.create({
      id,
      communityId: community.id,
      handle: `member-${i + 1}`,
      displayName: spec.name,
      email: null,
      locale: spec.locale ?? null,
      timezone: null,
      reminderLeadMinutes: null,
      remindersMuted: false,
      matchingExcluded: spec.matchingExcluded ?? false,
      notes: '',
      createdAt: now,
      deletedAt: null,
    });
    const membership = spec.membership ?? 'active';
    if (membership !== 'none') {
      const endsAt = membership === 'active' ? now.getTime() + 300 * DAY : now.getTime() - 60 * DAY;
      await ports.memberships.add({
        id: ports.ids.id(),
        communityId: community.id,
        memberId: id,
        startsAt: new Date(endsAt - 365 * DAY),
        endsAt: new Date(endsAt),
        kind: 'initial',
        paymentId: null,
        createdAt: now,
      });
    }
    await ports.accounts.link({
      communityId: community.id,
      platform: spec.platform ?? 'discord',
      workspaceId: spec.platform === 'slack' ? 'T-club' : 'G-club',
      platformUserId: `user-${i + 1}`,
      memberId: id,
      linkedAt: now,
    });
    for (const role of spec.roles ?? []) {
      await ports.staff.grant({ communityId: community.id, memberId: id, role, grantedAt: now });
    }
    const actor: Actor = { kind: 'member', communityId: community.id, memberId: id, roles: spec.roles ?? [] };
    if (spec.profile && membership === 'active') {
      await updateProfile(ports, { actor, communityId: community.id, patch: spec.profile });
    } else if (spec.profile) {
      // Without access a member cannot edit their profile any more; the profile is from their paid days.
      const rules = { excludedKeywords: community.settings.excludedKeywords, now };
      await ports.profiles.upsert(applyProfilePatch(emptyProfile(community.id, id, now), spec.profile, rules));
    }
    members.push({ id, name: spec.name, actor });
  }
  return { community, owner, members };
}
