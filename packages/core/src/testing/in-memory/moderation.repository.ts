import type { ModerationCase } from '../../domain/moderation.js';
import type { CaseCursor, CaseQuery, ModerationRepository } from '../../ports/moderation.repository.js';
import type { PageRequest } from '../../ports/page.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

/** Newest first: created, then id, both descending (the drizzle order). */
function newestFirst(a: ModerationCase, b: ModerationCase): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || compareText(b.id, a.id);
}

function withDefaults(row: ModerationCase): ModerationCase {
  return {
    ...row,
    notes: row.notes ?? null,
    appealedAt: row.appealedAt ?? null,
    appealOutcome: row.appealOutcome ?? null,
    evidencePurgedAt: row.evidencePurgedAt ?? null,
  };
}

export class InMemoryModerationRepository implements ModerationRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<ModerationCase>('cases');
  }
  async create(moderationCase: ModerationCase) {
    insertNew(this.rows, moderationCase.id, withDefaults(moderationCase));
  }
  async update(moderationCase: ModerationCase) {
    replaceExisting(this.rows, moderationCase.id, withDefaults(moderationCase));
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async list(communityId: string, memberId: string | null) {
    return [...this.rows.values()]
      .filter((c) => c.communityId === communityId && (!memberId || c.memberId === memberId))
      .map(copy)
      .sort(newestFirst);
  }
  async page(communityId: string, query: CaseQuery, page: PageRequest, after: CaseCursor | null = null) {
    const matching = [...this.rows.values()]
      .filter(
        (c) =>
          c.communityId === communityId &&
          (!query.statuses || query.statuses.includes(c.status)) &&
          (!query.kind || c.kind === query.kind) &&
          (!query.memberId || c.memberId === query.memberId),
      )
      .sort(newestFirst);
    const start = after
      ? matching.filter(
          (c) =>
            c.createdAt.getTime() < after.at.getTime() ||
            (c.createdAt.getTime() === after.at.getTime() && compareText(c.id, after.id) < 0),
        )
      : matching.slice(page.offset);
    return { items: start.slice(0, page.limit).map(copy), total: matching.length };
  }
  async purgeEvidence(communityId: string, decidedBefore: Date, purgedAt: Date, limit: number) {
    const due = [...this.rows.values()]
      .filter(
        (c) =>
          c.communityId === communityId &&
          (c.status === 'upheld' || c.status === 'dismissed') &&
          c.decidedAt !== null &&
          c.decidedAt.getTime() < decidedBefore.getTime() &&
          !c.evidencePurgedAt,
      )
      .sort((a, b) => (a.decidedAt?.getTime() ?? 0) - (b.decidedAt?.getTime() ?? 0) || compareText(a.id, b.id))
      .slice(0, Math.max(0, limit));
    for (const c of due) this.rows.set(c.id, { ...c, excerpt: '', evidencePurgedAt: purgedAt });
    return due.length;
  }
}
