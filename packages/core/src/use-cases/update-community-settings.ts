import type { Community, CommunitySettings } from '../domain/community.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity } from '../rules/load.js';
import { applySettingsPatch } from '../rules/settings.js';

/** Owners change the club's fee, grace days, values, excluded categories and schedules. */
export async function updateCommunitySettings(
  deps: Uow<'audit' | 'communities'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly patch: Partial<CommunitySettings> },
): Promise<Community> {
  requireRole(input.actor, input.communityId, ['owner']);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const settings = applySettingsPatch(community.settings, input.patch);
    await repos.communities.updateSettings(community.id, settings);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'community.settings.update',
      targetType: 'community',
      targetId: community.id,
      before: community.settings,
      after: settings,
    });
    return { ...community, settings };
  });
}
