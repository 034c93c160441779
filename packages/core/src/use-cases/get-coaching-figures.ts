import { DateTime } from 'luxon';
import type { CoachingMonth } from '../domain/coaching-figures.js';
import { pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

export interface CoachingFigures {
  readonly slaHours: number;
  /** Questions waiting now (open or claimed), and those of them past the promise. */
  readonly waiting: number;
  readonly overdue: number;
  /** The last `months` calendar months in the club's timezone, oldest first; a month with no question is zeros. */
  readonly months: readonly CoachingMonth[];
}

const HOUR_MS = 3_600_000;

function emptyMonth(month: string): CoachingMonth {
  return {
    month,
    asked: 0,
    askers: 0,
    answered: 0,
    unanswered: 0,
    firstResponseP50: null,
    firstResponseP90: null,
    resolutionP50: null,
    resolutionP90: null,
    ratings: 0,
    satisfaction: null,
  };
}

/**
 * How the club keeps its response-time promise: per month asked, time to first answer and to resolution
 * (median and 90th percentile), satisfaction, questions per asking member and what is still unanswered;
 * all computed in the repository (SQL `percentile_cont`), never by loading the club's questions.
 */
export async function getCoachingFigures(
  deps: Uow<'communities' | 'questions'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly months?: number },
): Promise<CoachingFigures> {
  requireRole(input.actor, input.communityId, ['coach', 'moderator']);
  const count = Math.min(Math.max(Math.trunc(input.months ?? 6), 1), 24);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const { timezone, questionSlaHours: slaHours } = community.settings;
    const thisMonth = DateTime.fromJSDate(now, { zone: timezone }).startOf('month');
    const first = thisMonth.minus({ months: count - 1 });
    const found = await repos.questions.coachingMonths(
      community.id,
      first.toJSDate(),
      thisMonth.plus({ months: 1 }).toJSDate(),
      timezone,
    );
    const byMonth = new Map(found.map((m) => [m.month, m]));
    const months = Array.from({ length: count }, (_, i) => {
      const key = first.plus({ months: i }).toFormat('yyyy-MM');
      return byMonth.get(key) ?? emptyMonth(key);
    });
    const one = pageRequest(1);
    const waiting = await repos.questions.listWaiting(community.id, null, one);
    const overdue = await repos.questions.listWaiting(community.id, new Date(now.getTime() - slaHours * HOUR_MS), one);
    return { slaHours, waiting: waiting.total, overdue: overdue.total, months };
  });
}
