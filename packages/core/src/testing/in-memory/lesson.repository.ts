import type { Lesson, LessonSeries, Rsvp } from '../../domain/lesson.js';
import type { LessonRepository } from '../../ports/lesson.repository.js';
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
}
