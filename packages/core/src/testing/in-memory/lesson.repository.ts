import type { Lesson, LessonSeries, Rsvp } from '../../domain/lesson.js';
import type { Member } from '../../domain/member.js';
import type { LessonRepository, ReminderRecipient } from '../../ports/lesson.repository.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

export class InMemoryLessonRepository implements LessonRepository {
  constructor(private readonly store: MemoryStore) {}
  private get lessons() {
    return this.store.table<Lesson>('lessons');
  }
  private get rsvps() {
    return this.store.table<Rsvp>('rsvps');
  }
  private get series() {
    return this.store.table<LessonSeries>('lesson_series');
  }
  async createSeries(series: LessonSeries) {
    insertNew(this.series, series.id, series);
  }
  async getSeries(communityId: string, id: string) {
    const row = this.series.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async listSeries(communityId: string) {
    return [...this.series.values()]
      .filter((s) => s.communityId === communityId)
      .map(copy)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id));
  }
  async create(lesson: Lesson) {
    insertNew(this.lessons, lesson.id, lesson);
  }
  async update(lesson: Lesson) {
    replaceExisting(this.lessons, lesson.id, lesson);
  }
  async get(communityId: string, id: string) {
    const row = this.lessons.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async listBetween(communityId: string, from: Date, to: Date) {
    return [...this.lessons.values()]
      .filter((l) => l.communityId === communityId && l.startsAt >= from && l.startsAt < to)
      .map(copy)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || compareText(a.id, b.id));
  }
  async upsertRsvp(rsvp: Rsvp) {
    this.rsvps.set(`${rsvp.lessonId}:${rsvp.memberId}`, copy(rsvp));
  }
  async getRsvp(communityId: string, lessonId: string, memberId: string) {
    const row = this.rsvps.get(`${lessonId}:${memberId}`);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async listRsvps(communityId: string, lessonId: string) {
    return [...this.rsvps.values()]
      .filter((r) => r.communityId === communityId && r.lessonId === lessonId)
      .map(copy)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.memberId, b.memberId));
  }
  async listReminderRecipients(
    communityId: string,
    range: { readonly from: Date; readonly to: Date; readonly lessonId?: string; readonly memberId?: string },
  ) {
    const members = this.store.table<Member>('members');
    const found: ReminderRecipient[] = [];
    for (const lesson of await this.listBetween(communityId, range.from, range.to)) {
      if (lesson.status !== 'scheduled' || (range.lessonId && lesson.id !== range.lessonId)) continue;
      for (const rsvp of await this.listRsvps(communityId, lesson.id)) {
        if (rsvp.status !== 'going' || (range.memberId && rsvp.memberId !== range.memberId)) continue;
        const member = members.get(rsvp.memberId);
        if (!member || member.communityId !== communityId || member.deletedAt || member.remindersMuted) continue;
        found.push({
          lesson: { id: lesson.id, communityId: lesson.communityId, status: lesson.status, startsAt: lesson.startsAt },
          rsvp: { memberId: rsvp.memberId, status: rsvp.status, createdAt: rsvp.createdAt },
          member: {
            id: member.id,
            reminderLeadMinutes: member.reminderLeadMinutes,
            remindersMuted: member.remindersMuted,
            deletedAt: member.deletedAt,
          },
        });
      }
    }
    return found;
  }
}
