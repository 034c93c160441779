import type { Lesson, LessonSeries, Rsvp } from '../../domain/lesson.js';
import type { LessonRepository } from '../../ports/lesson.repository.js';
import { copy, type MemoryStore } from './store.js';

export class InMemoryLessonRepository implements LessonRepository {
  constructor(private readonly store: MemoryStore) {}
  private get lessons() {
    return this.store.table<Lesson>('lessons');
  }
  private get rsvps() {
    return this.store.table<Rsvp>('rsvps');
  }
  async createSeries(series: LessonSeries) {
    this.store.table<LessonSeries>('lesson_series').set(series.id, copy(series));
  }
  async create(lesson: Lesson) {
    this.lessons.set(lesson.id, copy(lesson));
  }
  async update(lesson: Lesson) {
    this.lessons.set(lesson.id, copy(lesson));
  }
  async get(communityId: string, id: string) {
    const row = this.lessons.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async listBetween(communityId: string, from: Date, to: Date) {
    return [...this.lessons.values()]
      .filter((l) => l.communityId === communityId && l.startsAt >= from && l.startsAt < to)
      .map(copy)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
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
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }
}
