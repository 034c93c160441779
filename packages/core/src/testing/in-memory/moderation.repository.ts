import type { ModerationCase, StrikeSubject } from '../../domain/moderation.js';
import type { ChatAction, ChatActionStatus } from '../../domain/moderation-chat-action.js';
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
    workspaceId: row.workspaceId ?? null,
    authorId: row.authorId ?? null,
    context: row.context ?? null,
    actionFailure: row.actionFailure ?? null,
  };
}

function takeable(a: ChatAction, now: Date, maxAttempts: number): boolean {
  return (
    a.status === 'pending' && a.attempts < maxAttempts && (!a.leaseUntil || a.leaseUntil.getTime() <= now.getTime())
  );
}

export class InMemoryModerationRepository implements ModerationRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<ModerationCase>('cases');
  }
  private get actions() {
    return this.store.table<ChatAction>('moderation-actions');
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
    for (const c of due) this.rows.set(c.id, { ...c, excerpt: '', context: null, evidencePurgedAt: purgedAt });
    return due.length;
  }
  async countStrikes(communityId: string, subject: StrikeSubject, since: Date) {
    return [...this.rows.values()].filter(
      (c) =>
        c.communityId === communityId &&
        c.status === 'upheld' &&
        (c.decidedAt ?? c.createdAt).getTime() > since.getTime() &&
        ('memberId' in subject
          ? c.memberId === subject.memberId
          : c.platform === subject.platform &&
            c.workspaceId === subject.workspaceId &&
            c.authorId === subject.authorId),
    ).length;
  }
  async addAction(action: ChatAction) {
    const existing = this.actions.get(action.key);
    if (existing) return { action: copy(existing), created: false };
    this.actions.set(action.key, copy(action));
    return { action: copy(action), created: true };
  }
  async takeAction(key: string, now: Date, leaseUntil: Date, maxAttempts: number) {
    const a = this.actions.get(key);
    if (!a || !takeable(a, now, maxAttempts)) return null;
    const taken = { ...a, attempts: a.attempts + 1, leaseUntil };
    this.actions.set(key, taken);
    return copy(taken);
  }
  async takeDueActions(now: Date, leaseUntil: Date, maxAttempts: number, limit: number) {
    const due = [...this.actions.values()]
      .filter((a) => takeable(a, now, maxAttempts) && a.nextAttemptAt.getTime() <= now.getTime())
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || compareText(a.key, b.key))
      .slice(0, Math.max(0, limit));
    return due.map((a) => {
      const taken = { ...a, attempts: a.attempts + 1, leaseUntil };
      this.actions.set(a.key, taken);
      return copy(taken);
    });
  }
  async settleAction(
    key: string,
    outcome: { status: ChatActionStatus; error: string | null; at: Date; nextAttemptAt?: Date },
  ) {
    const a = this.actions.get(key);
    if (!a) return;
    const pending = outcome.status === 'pending';
    this.actions.set(key, {
      ...a,
      status: outcome.status,
      error: outcome.error,
      leaseUntil: null,
      payload: pending ? a.payload : null,
      nextAttemptAt: outcome.nextAttemptAt ?? a.nextAttemptAt,
      settledAt: pending ? null : outcome.at,
    });
  }
}
