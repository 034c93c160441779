import type { Community, CommunitySettings } from '../domain/community.js';
import { DEFAULT_SETTINGS } from '../domain/community.js';
import { handleFrom } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports } from '../ports/ports.js';
import { systemActor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { applySettingsPatch } from '../rules/settings.js';
import { cleanEmail, cleanText } from '../rules/text.js';

export interface CreateCommunityInput {
  readonly slug: string;
  readonly name: string;
  readonly settings?: Partial<CommunitySettings>;
  readonly owner: { readonly displayName: string; readonly email?: string | null };
}

/** Creates a club with its first owner. */
export async function createCommunity(
  deps: Pick<Ports, 'uow' | 'clock' | 'ids'>,
  input: CreateCommunityInput,
): Promise<{ community: Community; ownerId: string }> {
  const slug = cleanText(input.slug, 'slug', 40, { required: true }).toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
    throw new DomainError('validation.invalid', { field: 'slug', reason: 'use a-z, 0-9 and -' });
  }
  const name = cleanText(input.name, 'name', 100, { required: true });
  const displayName = cleanText(input.owner.displayName, 'displayName', 80, { required: true });
  const email = cleanEmail(input.owner.email);
  const settings = applySettingsPatch(DEFAULT_SETTINGS, input.settings ?? {});
  const now = deps.clock.now();
  const community: Community = { id: deps.ids.id(), slug, name, settings, createdAt: now };
  const ownerId = deps.ids.id();
  await deps.uow.run(async (repos) => {
    if (await repos.communities.getBySlug(slug)) {
      throw new DomainError('validation.invalid', { field: 'slug', reason: 'already used' });
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
  });
  return { community, ownerId };
}
