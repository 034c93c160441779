import type { Lesson } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { systemActor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { LESSON_LIMITS } from '../rules/lesson-fields.js';
import { loadCommunity } from '../rules/load.js';
import { generateSeriesLessons } from './generate-series-lessons.js';

/**
 * Keeps every series of a club generated `months` ahead (default 12): a periodic job, safe to run any
 * number of times, since only missing occurrences are created.
 */
export async function extendLessonSeries(
  deps: Uow<'audit' | 'communities' | 'lessons' | 'members'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly communityId: string; readonly months?: number },
): Promise<{ readonly created: readonly Lesson[] }> {
  const months = input.months ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > LESSON_LIMITS.maxSeriesMonths) {
    throw new DomainError('validation.invalid', { field: 'months', reason: `1–${LESSON_LIMITS.maxSeriesMonths}` });
  }
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const created: Lesson[] = [];
    for (const series of await repos.lessons.listSeries(community.id)) {
      const lessons = await generateSeriesLessons(repos, deps, series, now, months);
      if (lessons.length === 0) continue;
      created.push(...lessons);
      await writeAudit(repos, deps, {
        actor: systemActor(community.id, 'lesson-series'),
        action: 'lesson_series.extend',
        targetType: 'lesson_series',
        targetId: series.id,
        after: { months, created: lessons.length },
      });
    }
    return { created };
  });
}
