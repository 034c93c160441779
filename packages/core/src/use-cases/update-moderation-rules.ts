import type { ModerationPreset, ModerationSettings } from '../domain/moderation-rules.js';
import { applyModerationPreset } from '../domain/moderation-rules.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadCommunity } from '../rules/load.js';
import { moderationSettingsOf } from '../rules/moderation-settings.js';
import { applySettingsPatch } from '../rules/settings.js';
import type { ModerationRules } from './get-moderation-rules.js';

/**
 * Moderators and owners change the club's moderation rules: a whole rule set (validated; bad values change
 * nothing), or a preset in one click (keeping the club's allowed domains and exemptions), and the excluded
 * topics. Audited with the before and after.
 */
export async function updateModerationRules(
  deps: Uow<'audit' | 'communities'> & Pick<Ports, 'clock' | 'ids'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly settings?: ModerationSettings;
    readonly preset?: ModerationPreset;
    readonly excludedKeywords?: readonly string[];
  },
): Promise<ModerationRules> {
  requireRole(input.actor, input.communityId, ['moderator']);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const current = moderationSettingsOf(community.settings);
    const moderation = input.preset ? applyModerationPreset(input.settings ?? current, input.preset) : input.settings;
    const settings = applySettingsPatch(community.settings, {
      ...(moderation ? { moderation } : {}),
      ...(input.excludedKeywords ? { excludedKeywords: [...input.excludedKeywords] } : {}),
    });
    await repos.communities.updateSettings(community.id, settings);
    const after = moderationSettingsOf(settings);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'moderation.rules.update',
      targetType: 'community',
      targetId: community.id,
      before: { moderation: current, excludedKeywords: community.settings.excludedKeywords },
      after: { moderation: after, excludedKeywords: settings.excludedKeywords },
    });
    return { settings: after, excludedKeywords: settings.excludedKeywords };
  });
}
