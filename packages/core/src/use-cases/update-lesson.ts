import { type Lesson, type Rsvp, waitlistPromotions } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanCapacity, cleanDuration, cleanInstant, LESSON_LIMITS } from '../rules/lesson-fields.js';
import { loadMember } from '../rules/load.js';
import { cleanText } from '../rules/text.js';
import type { FanOutSummary } from './fan-out-summary.js';
import { loadLesson, requireUpcoming } from './load-lesson.js';
import { notifyLessonChange } from './notify-lesson-change.js';
import { notifyWaitlistPromotion } from './notify-waitlist-promotion.js';
import { scheduleLessonRemindersSoon } from './schedule-lesson-reminders.js';

/** What staff may change on one upcoming lesson; fields left out stay as they are. */
export interface LessonPatch {
  readonly title?: string;
  readonly description?: string;
  readonly speakerName?: string | null;
  readonly speakerBio?: string | null;
  readonly startsAt?: Date;
  readonly durationMinutes?: number;
  /** Raising it promotes waitlisted members; lowering it never removes anyone already going. */
  readonly capacity?: number | null;
  readonly location?: string;
  readonly hostMemberId?: string | null;
}

/** Fields whose change members who signed up are told about (and which bump the lesson's version). */
const NOTICEABLE = ['title', 'startsAt', 'durationMinutes', 'location'] as const;

function same(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/**
 * Staff change one upcoming lesson (one occurrence of a series, or a one-off). A change of time, length,
 * place or title bumps the version and notifies every member signed up (key includes the version);
 * reminders follow a new time by themselves (their keys include the start).
 */
export async function updateLesson(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'deliveries' | 'lessons' | 'members'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger' | 'jobs'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly lessonId: string;
    readonly patch: LessonPatch;
  },
): Promise<{ readonly lesson: Lesson; readonly notified: FanOutSummary | null; readonly promoted: readonly string[] }> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const { patch } = input;
  const now = deps.clock.now();
  const { after, promoted, noticeable } = await deps.uow.run(async (repos) => {
    const before = await loadLesson(repos, input.communityId, input.lessonId);
    requireUpcoming(before, now);
    const changes: Partial<{ -readonly [K in keyof Lesson]: Lesson[K] }> = {};
    if (patch.title !== undefined)
      changes.title = cleanText(patch.title, 'title', LESSON_LIMITS.title, { required: true });
    if (patch.description !== undefined)
      changes.description = cleanText(patch.description, 'description', LESSON_LIMITS.description);
    if (patch.speakerName !== undefined)
      changes.speakerName = cleanText(patch.speakerName, 'speakerName', LESSON_LIMITS.speakerName) || null;
    if (patch.speakerBio !== undefined)
      changes.speakerBio = cleanText(patch.speakerBio, 'speakerBio', LESSON_LIMITS.speakerBio) || null;
    if (patch.startsAt !== undefined) {
      changes.startsAt = cleanInstant(patch.startsAt, 'startsAt');
      if (changes.startsAt.getTime() <= now.getTime()) throw new DomainError('lesson.in_past');
    }
    if (patch.durationMinutes !== undefined) changes.durationMinutes = cleanDuration(patch.durationMinutes);
    if (patch.capacity !== undefined) changes.capacity = cleanCapacity(patch.capacity);
    if (patch.location !== undefined) changes.location = cleanText(patch.location, 'location', LESSON_LIMITS.location);
    if (patch.hostMemberId !== undefined) {
      changes.hostMemberId = patch.hostMemberId
        ? (await loadMember(repos, input.communityId, patch.hostMemberId)).id
        : null;
    }
    const changed = (Object.keys(changes) as (keyof Lesson)[]).filter((k) => !same(changes[k], before[k]));
    if (changed.length === 0) return { after: before, promoted: [] as Rsvp[], noticeable: false };
    if (before.kind === 'guest_talk' && changed.includes('speakerName') && !changes.speakerName) {
      throw new DomainError('lesson.speaker_required');
    }
    const noticeable = changed.some((k) => (NOTICEABLE as readonly string[]).includes(k));
    const after: Lesson = {
      ...before,
      ...changes,
      version: noticeable ? before.version + 1 : before.version,
      updatedAt: now,
    };
    await repos.lessons.update(after);
    const promoted = changed.includes('capacity')
      ? waitlistPromotions(after, await repos.lessons.listRsvps(after.communityId, after.id))
      : [];
    for (const rsvp of promoted) await repos.lessons.upsertRsvp(rsvp);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'lesson.update',
      targetType: 'lesson',
      targetId: after.id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: { ...Object.fromEntries(changed.map((k) => [k, after[k]])), promoted: promoted.map((r) => r.memberId) },
    });
    return { after, promoted, noticeable };
  });
  // Told after the commit: a message must never announce a change that was rolled back.
  const notified = noticeable
    ? await notifyLessonChange(deps, { communityId: after.communityId, lessonId: after.id })
    : null;
  if (noticeable) await scheduleLessonRemindersSoon(deps, { communityId: after.communityId, lessonId: after.id });
  for (const rsvp of promoted) {
    try {
      await notifyWaitlistPromotion(deps, {
        communityId: after.communityId,
        lessonId: after.id,
        memberId: rsvp.memberId,
      });
    } catch {
      // The seat is theirs either way; the notice stays pending in deliveries for staff to see.
    }
  }
  return { lesson: after, notified, promoted: promoted.map((r) => r.memberId) };
}
