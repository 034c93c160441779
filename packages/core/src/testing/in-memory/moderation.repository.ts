import type { ModerationCase } from '../../domain/moderation.js';
import type { ModerationRepository } from '../../ports/moderation.repository.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

export class InMemoryModerationRepository implements ModerationRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<ModerationCase>('cases');
  }
  async create(moderationCase: ModerationCase) {
    insertNew(this.rows, moderationCase.id, moderationCase);
  }
  async update(moderationCase: ModerationCase) {
    replaceExisting(this.rows, moderationCase.id, moderationCase);
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async list(communityId: string, memberId: string | null) {
    return [...this.rows.values()]
      .filter((c) => c.communityId === communityId && (!memberId || c.memberId === memberId))
      .map(copy)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || compareText(b.id, a.id));
  }
}
