import type { Lesson, LessonRepository, LessonSeries, ReminderRecipient, Rsvp } from '@snowball/core';
import { and, asc, eq, gte, isNull, lt } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { lessonSeries, lessons, members, rsvps } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

function toSeries(row: typeof lessonSeries.$inferSelect): LessonSeries {
  return {
    id: row.id,
    communityId: row.communityId,
    title: row.title,
    rule: row.rule,
    timezone: row.timezone,
    durationMinutes: row.durationMinutes,
    startsOn: row.startsOn,
    until: row.until,
    description: row.description,
    location: row.location,
    capacity: row.capacity,
    hostMemberId: row.hostMemberId,
    createdAt: row.createdAt,
  };
}

function toLesson(row: typeof lessons.$inferSelect): Lesson {
  return {
    id: row.id,
    communityId: row.communityId,
    seriesId: row.seriesId,
    kind: row.kind,
    title: row.title,
    description: row.description,
    speakerName: row.speakerName,
    speakerBio: row.speakerBio,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    capacity: row.capacity,
    location: row.location,
    status: row.status,
    materialsUrl: row.materialsUrl,
    replayUrl: row.replayUrl,
    hostMemberId: row.hostMemberId,
    occurrenceStartsAt: row.occurrenceStartsAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toRsvp(row: typeof rsvps.$inferSelect): Rsvp {
  return {
    communityId: row.communityId,
    lessonId: row.lessonId,
    memberId: row.memberId,
    status: row.status,
    attended: row.attended,
    createdAt: row.createdAt,
  };
}

/** Lessons, series and RSVPs in PostgreSQL. */
export class DrizzleLessonRepository implements LessonRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async createSeries(series: LessonSeries) {
    const inserted = await this.db()
      .insert(lessonSeries)
      .values(toSeries(series))
      .onConflictDoNothing()
      .returning({ id: lessonSeries.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async getSeries(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(lessonSeries)
      .where(and(eq(lessonSeries.communityId, communityId), eq(lessonSeries.id, id)));
    return row ? toSeries(row) : null;
  }

  async listSeries(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(lessonSeries)
      .where(eq(lessonSeries.communityId, communityId))
      .orderBy(asc(lessonSeries.createdAt), asc(lessonSeries.id));
    return rows.map(toSeries);
  }

  async create(lesson: Lesson) {
    const inserted = await this.db()
      .insert(lessons)
      .values(toLesson(lesson))
      .onConflictDoNothing()
      .returning({ id: lessons.id });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async update(lesson: Lesson) {
    if (!isUuid(lesson.id, lesson.communityId)) return;
    await this.db()
      .update(lessons)
      .set(toLesson(lesson))
      .where(and(eq(lessons.id, lesson.id), eq(lessons.communityId, lesson.communityId)));
  }

  async get(communityId: string, id: string) {
    if (!isUuid(communityId, id)) return null;
    const [row] = await this.db()
      .select()
      .from(lessons)
      .where(and(eq(lessons.communityId, communityId), eq(lessons.id, id)));
    return row ? toLesson(row) : null;
  }

  async listBetween(communityId: string, from: Date, to: Date) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(lessons)
      .where(and(eq(lessons.communityId, communityId), gte(lessons.startsAt, from), lt(lessons.startsAt, to)))
      .orderBy(asc(lessons.startsAt), asc(lessons.id));
    return rows.map(toLesson);
  }

  async upsertRsvp(rsvp: Rsvp) {
    const row = toRsvp(rsvp);
    await this.db()
      .insert(rsvps)
      .values(row)
      .onConflictDoUpdate({
        target: [rsvps.lessonId, rsvps.memberId],
        set: { communityId: row.communityId, status: row.status, attended: row.attended, createdAt: row.createdAt },
      });
  }

  async getRsvp(communityId: string, lessonId: string, memberId: string) {
    if (!isUuid(communityId, lessonId, memberId)) return null;
    const [row] = await this.db()
      .select()
      .from(rsvps)
      .where(and(eq(rsvps.communityId, communityId), eq(rsvps.lessonId, lessonId), eq(rsvps.memberId, memberId)));
    return row ? toRsvp(row) : null;
  }

  async listRsvps(communityId: string, lessonId: string) {
    if (!isUuid(communityId, lessonId)) return [];
    const rows = await this.db()
      .select()
      .from(rsvps)
      .where(and(eq(rsvps.communityId, communityId), eq(rsvps.lessonId, lessonId)))
      .orderBy(asc(rsvps.createdAt), asc(rsvps.memberId));
    return rows.map(toRsvp);
  }

  async listReminderRecipients(
    communityId: string,
    range: { readonly from: Date; readonly to: Date; readonly lessonId?: string; readonly memberId?: string },
  ): Promise<ReminderRecipient[]> {
    if (!isUuid(communityId)) return [];
    if ((range.lessonId && !isUuid(range.lessonId)) || (range.memberId && !isUuid(range.memberId))) return [];
    const rows = await this.db()
      .select({
        lessonId: lessons.id,
        status: lessons.status,
        startsAt: lessons.startsAt,
        memberId: rsvps.memberId,
        rsvpStatus: rsvps.status,
        rsvpAt: rsvps.createdAt,
        reminderLeadMinutes: members.reminderLeadMinutes,
      })
      .from(lessons)
      .innerJoin(rsvps, and(eq(rsvps.communityId, lessons.communityId), eq(rsvps.lessonId, lessons.id)))
      .innerJoin(members, and(eq(members.communityId, rsvps.communityId), eq(members.id, rsvps.memberId)))
      .where(
        and(
          eq(lessons.communityId, communityId),
          gte(lessons.startsAt, range.from),
          lt(lessons.startsAt, range.to),
          eq(lessons.status, 'scheduled'),
          eq(rsvps.status, 'going'),
          isNull(members.deletedAt),
          eq(members.remindersMuted, false),
          range.lessonId ? eq(lessons.id, range.lessonId) : undefined,
          range.memberId ? eq(rsvps.memberId, range.memberId) : undefined,
        ),
      )
      .orderBy(asc(lessons.startsAt), asc(lessons.id), asc(rsvps.createdAt), asc(rsvps.memberId));
    return rows.map((r) => ({
      lesson: { id: r.lessonId, communityId, status: r.status, startsAt: r.startsAt },
      rsvp: { memberId: r.memberId, status: r.rsvpStatus, createdAt: r.rsvpAt },
      member: { id: r.memberId, reminderLeadMinutes: r.reminderLeadMinutes, remindersMuted: false, deletedAt: null },
    }));
  }
}
