import type { Community, CommunitySettings } from '../domain/community.js';
import { DEFAULT_SETTINGS } from '../domain/community.js';
import { handleFrom } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import { REASONS } from '../errors/error-reasons.js';
import type { Ports, Uow } from '../ports/ports.js';
import { systemActor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { hashSecret } from '../rules/secret.js';
import { applySettingsPatch } from '../rules/settings.js';
import { cleanEmail, cleanText } from '../rules/text.js';
import { LOGIN_LINK_MINUTES } from './issue-login-link.js';

export interface CreateCommunityInput {
  readonly slug: string;
  readonly name: string;
  readonly settings?: Partial<CommunitySettings>;
  readonly owner: { readonly displayName: string; readonly email?: string | null };
  /** Also issue the owner's one-time admin-panel login link, in the same transaction. */
  readonly loginLink?: boolean;
}

export interface CreatedCommunity {
  readonly community: Community;
  readonly ownerId: string;
  /** The owner's one-time login link token, when `loginLink` was asked for (turn it into a URL with `loginUrl`). */
  readonly loginLink?: { readonly token: string; readonly expiresAt: Date };
}

/** Creates a club with its first owner (and, if asked, the owner's first login link): all or nothing. */
export async function createCommunity(
  deps: Uow<'audit' | 'auth' | 'communities' | 'members' | 'staff'> & Pick<Ports, 'clock' | 'ids'>,
  input: CreateCommunityInput,
): Promise<CreatedCommunity> {
  const slug = cleanText(input.slug, 'slug', 40, { required: true }).toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
    throw new DomainError('validation.invalid', { field: 'slug', reason: REASONS.slugCharacters });
  }
  const name = cleanText(input.name, 'name', 100, { required: true });
  const displayName = cleanText(input.owner.displayName, 'displayName', 80, { required: true });
  const email = cleanEmail(input.owner.email);
  const settings = applySettingsPatch(DEFAULT_SETTINGS, input.settings ?? {});
  const now = deps.clock.now();
  const community: Community = { id: deps.ids.id(), slug, name, settings, createdAt: now };
  const ownerId = deps.ids.id();
  const loginLink = input.loginLink
    ? { token: deps.ids.token(), expiresAt: new Date(now.getTime() + LOGIN_LINK_MINUTES * 60_000) }
    : undefined;
  await deps.uow.run(async (repos) => {
    if (await repos.communities.getBySlug(slug)) {
      throw new DomainError('validation.invalid', { field: 'slug', reason: REASONS.alreadyUsed });
    }
    await repos.communities.create(community);
    await repos.members.create({
      id: ownerId,
      communityId: community.id,
      handle: handleFrom(displayName),
      displayName,
      email,
      locale: settings.defaultLocale,
      timezone: null,
      reminderLeadMinutes: null,
      remindersMuted: false,
      matchingExcluded: false,
      notes: '',
      createdAt: now,
      deletedAt: null,
    });
    await repos.staff.grant({ communityId: community.id, memberId: ownerId, role: 'owner', grantedAt: now });
    await writeAudit(repos, deps, {
      actor: systemActor(community.id, 'setup'),
      action: 'community.create',
      targetType: 'community',
      targetId: community.id,
      after: { slug, name, ownerId },
    });
    if (loginLink) {
      await repos.auth.createLoginLink({
        tokenHash: hashSecret(loginLink.token),
        communityId: community.id,
        memberId: ownerId,
        role: 'owner',
        expiresAt: loginLink.expiresAt,
        usedAt: null,
      });
      await writeAudit(repos, deps, {
        actor: systemActor(community.id, 'setup'),
        action: 'auth.login_link.issue',
        targetType: 'member',
        targetId: ownerId,
        after: { role: 'owner', expiresAt: loginLink.expiresAt },
      });
    }
  });
  return loginLink ? { community, ownerId, loginLink } : { community, ownerId };
}
