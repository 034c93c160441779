import type { ModerationCase } from '../domain/moderation.js';
import type { ModerationRuleId } from '../domain/moderation-rules.js';
import { pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { loadCase } from '../rules/moderation-cases.js';
import { moderationSettingsOf } from '../rules/moderation-settings.js';
import { countActiveStrikes } from '../rules/strike-ladder.js';
import { caseRules } from './send-moderation-decision.js';

const HISTORY = 20;

export interface ModerationCaseDetail {
  readonly case: ModerationCase;
  /** The rules the case names (empty for a member's report). */
  readonly rules: readonly ModerationRuleId[];
  /** The member's other cases, newest first (at most 20), and how many of them count as strikes now. */
  readonly history: readonly ModerationCase[];
  readonly historyTotal: number;
  readonly activeStrikes: number;
}

/** One case with what a moderator needs to decide it: its rules and the member's history. Moderators only. */
export async function getModerationCase(
  deps: Uow<'communities' | 'moderation'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly caseId: string },
): Promise<ModerationCaseDetail> {
  requireRole(input.actor, input.communityId, ['moderator']);
  return deps.uow.run(async (repos) => {
    const found = await loadCase(repos, input.communityId, input.caseId);
    const community = await loadCommunity(repos, input.communityId);
    const settings = moderationSettingsOf(community.settings);
    let history: ModerationCase[] = [];
    let historyTotal = 0;
    let activeStrikes = 0;
    if (found.memberId) {
      const page = await repos.moderation.page(
        input.communityId,
        { memberId: found.memberId },
        pageRequest(HISTORY + 1),
      );
      history = page.items.filter((c) => c.id !== found.id).slice(0, HISTORY);
      historyTotal = page.total - 1;
      // Strikes expire, so only the recent upheld ones count: read them by status, newest first.
      const strikes = await repos.moderation.page(
        input.communityId,
        { memberId: found.memberId, statuses: ['upheld'] },
        pageRequest(100),
      );
      activeStrikes = countActiveStrikes(settings, strikes.items, deps.clock.now());
    }
    return { case: found, rules: caseRules(found.reason), history, historyTotal, activeStrikes };
  });
}
