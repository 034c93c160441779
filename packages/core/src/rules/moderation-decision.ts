import type {
  ModerationAction,
  ModerationFinding,
  ModerationRuleId,
  ModerationSettings,
  ModerationVerdict,
} from '../domain/moderation-rules.js';

const SEVERITY: Readonly<Record<ModerationAction, number>> = { allow: 0, review: 1, delete: 2 };

/** What one finding asks for under the club's settings (precision over recall: uncertain never deletes). */
export function findingAction(settings: ModerationSettings, finding: ModerationFinding): ModerationAction {
  const mode = settings.rules[finding.rule];
  if (mode === 'off') return 'allow';
  if (!finding.certain) return settings.reviewUncertain ? 'review' : 'allow';
  return mode;
}

/**
 * Turns the engine's findings into the verdict: the most severe action any finding asks for, and the rules behind
 * it (in the order of the findings, without repeats).
 */
export function decideModeration(
  settings: ModerationSettings,
  findings: readonly ModerationFinding[],
): ModerationVerdict {
  if (!settings.enabled) return { action: 'allow', rules: [], findings };
  let action: ModerationAction = 'allow';
  const rules: ModerationRuleId[] = [];
  for (const finding of findings) {
    const wanted = findingAction(settings, finding);
    if (wanted === 'allow') continue;
    if (SEVERITY[wanted] > SEVERITY[action]) action = wanted;
    if (!rules.includes(finding.rule)) rules.push(finding.rule);
  }
  return { action, rules, findings };
}

/** Staff, allow-listed channels and allow-listed members are never moderated automatically. */
export function isModerationExempt(
  settings: ModerationSettings,
  who: { readonly memberId?: string | null; readonly channelId?: string | null; readonly isStaff?: boolean },
): boolean {
  if (who.isStaff) return true;
  if (who.memberId && settings.exemptMemberIds.includes(who.memberId)) return true;
  return Boolean(who.channelId && settings.exemptChannelIds.includes(who.channelId));
}

/** Whether a member who joined at `memberSince` is still under the newcomer limits at `now`. */
export function isInSandbox(settings: ModerationSettings, memberSince: Date, now: Date): boolean {
  return settings.sandboxDays > 0 && now.getTime() - memberSince.getTime() < settings.sandboxDays * 86_400_000;
}
