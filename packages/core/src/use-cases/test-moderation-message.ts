import type { ModerationSettings, ModerationVerdict } from '../domain/moderation-rules.js';
import { DomainError } from '../errors/domain-error.js';
import type { TextClassifier } from '../ports/text-classifier.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { moderationSettingsSchema } from '../rules/moderation-settings.js';
import { cleanText } from '../rules/text.js';
import type { ModerationRules } from './get-moderation-rules.js';

/**
 * The rules editor's "test a message" box: what the engine would do with a message under the club's rules, or
 * under a draft of them (not saved), for a member or a newcomer. Decides only; nothing is stored. `current` is
 * the club's saved rules (from getModerationRules); the engine comes with the deps, as for moderateChatMessage.
 */
export async function testModerationMessage(
  deps: { readonly classifier: TextClassifier },
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly text: string;
    readonly current: ModerationRules;
    readonly isNewMember?: boolean;
    readonly settings?: ModerationSettings | null;
    readonly excludedKeywords?: readonly string[] | null;
  },
): Promise<ModerationVerdict> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const text = cleanText(input.text, 'text', 4000, { required: true });
  let settings = input.current.settings;
  if (input.settings) {
    const parsed = moderationSettingsSchema.safeParse(input.settings);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DomainError('community.invalid_settings', {
        reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      });
    }
    settings = parsed.data;
  }
  const excludedKeywords = input.excludedKeywords ?? input.current.excludedKeywords;
  // The box tests the rules, so it tests them as if they were on.
  return deps.classifier.classify(
    { settings: { ...settings, enabled: true }, excludedKeywords },
    { text, isNewMember: input.isNewMember ?? false },
  );
}
