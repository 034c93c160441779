import type { Lesson } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanText } from '../rules/text.js';
import type { FanOutSummary } from './fan-out-summary.js';
import { loadLesson } from './load-lesson.js';
import { notifyLessonChange } from './notify-lesson-change.js';

/**
 * Staff cancel one lesson (one occurrence of a series stays cancelled: the series never recreates it) and
 * every member signed up is told, once. Cancelling again only re-sends notices still owed (idempotent).
 * Pending reminders find the lesson cancelled and send nothing.
 */
export async function cancelLesson(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'deliveries' | 'lessons' | 'members'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly lessonId: string; readonly reason?: string },
): Promise<{ readonly lesson: Lesson; readonly notified: FanOutSummary }> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const reason = cleanText(input.reason, 'reason', 500);
  const now = deps.clock.now();
  const lesson = await deps.uow.run(async (repos) => {
    const before = await loadLesson(repos, input.communityId, input.lessonId);
    if (before.status === 'cancelled') return before;
    if (before.status === 'done' || before.startsAt.getTime() <= now.getTime()) throw new DomainError('lesson.in_past');
    const after: Lesson = { ...before, status: 'cancelled', version: before.version + 1, updatedAt: now };
    await repos.lessons.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'lesson.cancel',
      targetType: 'lesson',
      targetId: after.id,
      before: { status: before.status },
      after: { status: after.status, reason },
    });
    return after;
  });
  const notified = await notifyLessonChange(deps, {
    communityId: lesson.communityId,
    lessonId: lesson.id,
    ...(reason ? { reason } : {}),
  });
  return { lesson, notified };
}
