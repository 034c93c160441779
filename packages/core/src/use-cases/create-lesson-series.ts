import { DateTime } from 'luxon';
import type { Lesson, LessonSeries } from '../domain/lesson.js';
import { formatRecurrenceRule, parseRecurrenceRule, type RecurrenceRule } from '../domain/recurrence.js';
import { DomainError } from '../errors/domain-error.js';
import { REASONS, unknownTimezone } from '../errors/error-reasons.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanCapacity, cleanDuration, cleanInstant, LESSON_LIMITS } from '../rules/lesson-fields.js';
import { loadCommunity, loadMember } from '../rules/load.js';
import { cleanText } from '../rules/text.js';
import { generateSeriesLessons } from './generate-series-lessons.js';

export interface CreateLessonSeriesInput {
  readonly actor: Actor;
  readonly communityId: string;
  readonly title: string;
  readonly description?: string;
  /** RFC 5545 subset with the start time, e.g. `FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0`. */
  readonly rule: string;
  /** IANA timezone of the rule's wall-clock time; the club's by default. */
  readonly timezone?: string;
  readonly durationMinutes: number;
  /** The first day the series may have a lesson (its local date counts); today by default. */
  readonly startsOn?: Date;
  readonly capacity?: number | null;
  readonly location?: string;
  /** The coach who teaches the series. */
  readonly hostMemberId?: string | null;
  /** How far ahead to create lessons; default 12 months. */
  readonly months?: number;
}

function untilOf(rule: RecurrenceRule, timezone: string): Date | null {
  if (!rule.until) return null;
  if ('at' in rule.until) return rule.until.at;
  return DateTime.fromISO(rule.until.date, { zone: timezone }).endOf('day').toJSDate();
}

/**
 * Staff (moderator, coach, owner) define a recurring lesson, e.g. the 2nd and 4th Thursday at 20:00 in the
 * club's timezone, and get its lessons for the next N months. Running it again with the same title, rule
 * and timezone reuses the series and only adds occurrences that are missing (extending the horizon).
 */
export async function createLessonSeries(
  deps: Uow<'audit' | 'communities' | 'lessons' | 'members'> & Pick<Ports, 'clock' | 'ids'>,
  input: CreateLessonSeriesInput,
): Promise<{ readonly series: LessonSeries; readonly created: readonly Lesson[]; readonly reused: boolean }> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const title = cleanText(input.title, 'title', LESSON_LIMITS.title, { required: true });
  const description = cleanText(input.description, 'description', LESSON_LIMITS.description);
  const location = cleanText(input.location, 'location', LESSON_LIMITS.location);
  const durationMinutes = cleanDuration(input.durationMinutes);
  const capacity = cleanCapacity(input.capacity);
  const months = input.months ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > LESSON_LIMITS.maxSeriesMonths) {
    throw new DomainError('validation.invalid', { field: 'months', reason: `1–${LESSON_LIMITS.maxSeriesMonths}` });
  }
  const rule = parseRecurrenceRule(input.rule);
  if (rule.byHour.length === 0) {
    throw new DomainError('lesson.invalid_schedule', { reason: REASONS.startHourRequired });
  }
  // Lessons start on the minute: an unset BYMINUTE means :00 (the series starts at midnight), so say so.
  const ruleText = formatRecurrenceRule(rule.byMinute.length ? rule : { ...rule, byMinute: [0] });
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const timezone = cleanText(input.timezone, 'timezone', 64) || community.settings.timezone;
    const startLocal = DateTime.fromJSDate(cleanInstant(input.startsOn ?? now, 'startsOn'), { zone: timezone });
    if (!startLocal.isValid) throw new DomainError('lesson.invalid_schedule', { reason: unknownTimezone(timezone) });
    const hostMemberId = input.hostMemberId ? (await loadMember(repos, community.id, input.hostMemberId)).id : null;

    const existing = (await repos.lessons.listSeries(community.id)).find(
      (s) => s.title === title && s.rule === ruleText && s.timezone === timezone,
    );
    const series: LessonSeries = existing ?? {
      id: deps.ids.id(),
      communityId: community.id,
      title,
      rule: ruleText,
      timezone,
      durationMinutes,
      // Midnight local, so the rule's BYMINUTE default (DTSTART's minute) is 0 and the whole first day counts.
      startsOn: startLocal.startOf('day').toJSDate(),
      until: untilOf(rule, timezone),
      description,
      location,
      capacity,
      hostMemberId,
      createdAt: now,
    };
    if (!existing) await repos.lessons.createSeries(series);
    const created = await generateSeriesLessons(repos, deps, series, now, months);
    if (!existing || created.length > 0) {
      await writeAudit(repos, deps, {
        actor: input.actor,
        action: existing ? 'lesson_series.extend' : 'lesson_series.create',
        targetType: 'lesson_series',
        targetId: series.id,
        after: { title, rule: ruleText, timezone, months, created: created.length },
      });
    }
    return { series, created, reused: Boolean(existing) };
  });
}
