import type { Lesson, LessonSeries } from '../domain/lesson.js';
import { addMonths } from '../domain/membership.js';
import { expandRecurrence, parseRecurrenceRule } from '../domain/recurrence.js';
import type { Ports, Repositories } from '../ports/ports.js';

const DAY_MS = 86_400_000;

/**
 * Creates the series' lessons from now until `months` ahead that do not exist yet. An occurrence is known by
 * its original start (`occurrenceStartsAt`), so a lesson staff moved or cancelled is never created again.
 */
export async function generateSeriesLessons(
  repos: Pick<Repositories, 'lessons' | 'members'>,
  deps: Pick<Ports, 'ids'>,
  series: LessonSeries,
  now: Date,
  months: number,
): Promise<Lesson[]> {
  const rule = parseRecurrenceRule(series.rule);
  const from = new Date(Math.max(now.getTime(), series.startsOn.getTime()));
  const to = addMonths(now, months, series.timezone);
  const occurrences = expandRecurrence(rule, { timezone: series.timezone, dtstart: series.startsOn, from, to });
  if (occurrences.length === 0) return [];
  // Moved lessons can sit a while away from their occurrence; a year either side finds them.
  const existing = await repos.lessons.listBetween(
    series.communityId,
    new Date(from.getTime() - 366 * DAY_MS),
    new Date(to.getTime() + 366 * DAY_MS),
  );
  const taken = new Set(
    existing.filter((l) => l.seriesId === series.id).map((l) => (l.occurrenceStartsAt ?? l.startsAt).getTime()),
  );
  const host = series.hostMemberId ? await repos.members.get(series.communityId, series.hostMemberId) : null;
  const created: Lesson[] = [];
  for (const startsAt of occurrences) {
    if (taken.has(startsAt.getTime())) continue;
    const lesson: Lesson = {
      id: deps.ids.id(),
      communityId: series.communityId,
      seriesId: series.id,
      kind: 'lesson',
      title: series.title,
      description: series.description,
      speakerName: host && !host.deletedAt ? host.displayName : null,
      speakerBio: null,
      startsAt,
      durationMinutes: series.durationMinutes,
      capacity: series.capacity,
      location: series.location,
      status: 'scheduled',
      materialsUrl: null,
      replayUrl: null,
      hostMemberId: series.hostMemberId,
      occurrenceStartsAt: startsAt,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await repos.lessons.create(lesson);
    created.push(lesson);
  }
  return created;
}
