import type { Lesson } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanHttpUrl } from '../rules/lesson-fields.js';
import { hashSecret } from '../rules/secret.js';
import { type FanOutSummary, summarize } from './fan-out-summary.js';
import { loadLesson } from './load-lesson.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

/** A short fingerprint of the links, so posting the same links again sends nothing and new links are sent. */
function linksVersion(materialsUrl: string | null, replayUrl: string | null): string {
  return hashSecret(`${materialsUrl ?? ''}\n${replayUrl ?? ''}`).slice(0, 12);
}

/**
 * Staff post the materials and/or the replay link of a lesson that has started, and every attendee gets them
 * by DM. Attendees are the members recorded as attended; before attendance is recorded, everyone going.
 * Each member gets each set of links once (`lesson-materials:<lesson>:<member>:<links fingerprint>`).
 */
export async function postLessonMaterials(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'deliveries' | 'lessons' | 'members'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly lessonId: string;
    /** Null clears it; left out keeps the current one. */
    readonly materialsUrl?: string | null;
    readonly replayUrl?: string | null;
  },
): Promise<{ readonly lesson: Lesson; readonly notified: FanOutSummary }> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const now = deps.clock.now();
  const { lesson, recipients } = await deps.uow.run(async (repos) => {
    const before = await loadLesson(repos, input.communityId, input.lessonId);
    if (before.status === 'cancelled') throw new DomainError('lesson.cancelled');
    if (before.startsAt.getTime() > now.getTime()) throw new DomainError('lesson.not_started');
    const materialsUrl =
      input.materialsUrl === undefined ? before.materialsUrl : cleanHttpUrl(input.materialsUrl, 'materialsUrl');
    const replayUrl = input.replayUrl === undefined ? before.replayUrl : cleanHttpUrl(input.replayUrl, 'replayUrl');
    if (!materialsUrl && !replayUrl) throw new DomainError('validation.required', { field: 'materialsUrl' });
    const after: Lesson = { ...before, materialsUrl, replayUrl, updatedAt: now };
    await repos.lessons.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'lesson.materials',
      targetType: 'lesson',
      targetId: after.id,
      before: { materialsUrl: before.materialsUrl, replayUrl: before.replayUrl },
      after: { materialsUrl, replayUrl },
    });
    const rsvps = await repos.lessons.listRsvps(after.communityId, after.id);
    const recorded = rsvps.some((r) => r.attended !== null);
    const recipients = rsvps
      .filter((r) => (recorded ? r.attended === true : r.status === 'going'))
      .map((r) => r.memberId);
    return { lesson: after, recipients };
  });
  const version = linksVersion(lesson.materialsUrl, lesson.replayUrl);
  const results: (NotifyResult | 'retry')[] = [];
  for (const memberId of recipients) {
    try {
      results.push(
        await notifyMember(deps, {
          communityId: lesson.communityId,
          memberId,
          key: `lesson-materials:${lesson.id}:${memberId}:${version}`,
          kind: 'lesson.materials',
          message: ({ locale }) => ({
            title: notificationText(locale, 'lesson.materials.title'),
            text: notificationText(locale, 'lesson.materials.text', { title: lesson.title }),
            fields: [
              ...(lesson.materialsUrl
                ? [{ name: notificationText(locale, 'field.materials'), value: lesson.materialsUrl }]
                : []),
              ...(lesson.replayUrl
                ? [{ name: notificationText(locale, 'field.replay'), value: lesson.replayUrl }]
                : []),
            ],
          }),
        }),
      );
    } catch {
      results.push('retry');
    }
  }
  return { lesson, notified: summarize(results) };
}
