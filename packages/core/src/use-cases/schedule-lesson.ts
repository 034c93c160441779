import type { Lesson, LessonKind } from '../domain/lesson.js';
import { LESSON_KINDS } from '../domain/lesson.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanCapacity, cleanDuration, cleanInstant, LESSON_LIMITS } from '../rules/lesson-fields.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { cleanText } from '../rules/text.js';

export interface ScheduleLessonInput {
  readonly actor: Actor;
  readonly communityId: string;
  /** `lesson` (default) or `guest_talk`, which needs the speaker's name. */
  readonly kind?: LessonKind;
  /** The topic. */
  readonly title: string;
  readonly description?: string;
  readonly speakerName?: string;
  readonly speakerBio?: string;
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly capacity?: number | null;
  readonly location?: string;
  /** The member (a coach) who teaches it; defaults the speaker name to theirs. */
  readonly hostMemberId?: string | null;
}

/** Staff schedule a one-off lesson or a guest talk (speaker name, bio, topic). */
export async function scheduleLesson(
  deps: Uow<'audit' | 'communities' | 'lessons' | 'members'> & Pick<Ports, 'clock' | 'ids'>,
  input: ScheduleLessonInput,
): Promise<Lesson> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const kind = input.kind ?? 'lesson';
  if (!LESSON_KINDS.includes(kind)) {
    throw new DomainError('validation.invalid', { field: 'kind', reason: LESSON_KINDS.join(', ') });
  }
  const title = cleanText(input.title, 'title', LESSON_LIMITS.title, { required: true });
  const description = cleanText(input.description, 'description', LESSON_LIMITS.description);
  let speakerName = cleanText(input.speakerName, 'speakerName', LESSON_LIMITS.speakerName) || null;
  const speakerBio = cleanText(input.speakerBio, 'speakerBio', LESSON_LIMITS.speakerBio) || null;
  const location = cleanText(input.location, 'location', LESSON_LIMITS.location);
  const startsAt = cleanInstant(input.startsAt, 'startsAt');
  const durationMinutes = cleanDuration(input.durationMinutes);
  const capacity = cleanCapacity(input.capacity);
  const now = deps.clock.now();
  if (startsAt.getTime() <= now.getTime()) throw new DomainError('lesson.in_past');
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const host = input.hostMemberId ? await loadMember(repos, community.id, input.hostMemberId) : null;
    speakerName ??= host?.displayName ?? null;
    if (kind === 'guest_talk' && !speakerName) throw new DomainError('lesson.speaker_required');
    const lesson: Lesson = {
      id: deps.ids.id(),
      communityId: community.id,
      seriesId: null,
      kind,
      title,
      description,
      speakerName,
      speakerBio,
      startsAt,
      durationMinutes,
      capacity,
      location,
      status: 'scheduled',
      materialsUrl: null,
      replayUrl: null,
      hostMemberId: host?.id ?? null,
      occurrenceStartsAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await repos.lessons.create(lesson);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'lesson.schedule',
      targetType: 'lesson',
      targetId: lesson.id,
      after: { kind, title, startsAt, durationMinutes, capacity, speakerName, hostMemberId: lesson.hostMemberId },
    });
    return lesson;
  });
}
