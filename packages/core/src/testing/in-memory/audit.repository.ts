import type { AuditEntry } from '../../domain/audit.js';
import type { AuditCursor, AuditQuery, AuditRepository } from '../../ports/audit.repository.js';
import type { PageRequest } from '../../ports/page.js';
import { compareText, copy, insertNew, jsonValue, type MemoryStore } from './store.js';

export class InMemoryAuditRepository implements AuditRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<AuditEntry>('audit');
  }
  async add(entry: AuditEntry) {
    insertNew(this.rows, entry.id, { ...entry, before: jsonValue(entry.before), after: jsonValue(entry.after) });
  }
  async addMany(entries: readonly AuditEntry[]) {
    for (const entry of entries) await this.add(entry);
  }
  async list(communityId: string, query: AuditQuery, page: PageRequest, after: AuditCursor | null = null) {
    const all = [...this.rows.values()]
      .filter(
        (e) =>
          e.communityId === communityId &&
          (!query.action || e.action === query.action) &&
          (!query.actorId || e.actorId === query.actorId) &&
          (!query.targetId || e.targetId === query.targetId),
      )
      .sort((a, b) => b.at.getTime() - a.at.getTime() || compareText(b.id, a.id));
    if (!after) return { items: all.slice(page.offset, page.offset + page.limit).map(copy), total: all.length };
    // Older than the cursor, or as old with a smaller id: what comes after it in the log's order.
    const later = all.filter(
      (e) => after.at.getTime() - e.at.getTime() > 0 || (+e.at === +after.at && compareText(e.id, after.id) < 0),
    );
    return { items: later.slice(0, page.limit).map(copy), total: all.length };
  }
}
