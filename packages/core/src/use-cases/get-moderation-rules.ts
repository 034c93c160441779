import type { ModerationSettings } from '../domain/moderation-rules.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { moderationSettingsOf } from '../rules/moderation-settings.js';

export interface ModerationRules {
  readonly settings: ModerationSettings;
  /** The club's excluded topics (also screened in applications): the `ad.excluded` rule's own keywords. */
  readonly excludedKeywords: readonly string[];
}

/** The club's automatic moderation rules (the standard preset until someone changes them). Moderators. */
export async function getModerationRules(
  deps: Uow<'communities'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<ModerationRules> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const community = await deps.uow.run((repos) => loadCommunity(repos, input.communityId));
  return {
    settings: moderationSettingsOf(community.settings),
    excludedKeywords: community.settings.excludedKeywords,
  };
}
