import type { LibraryEntry } from '../../domain/library.js';
import type { Platform } from '../../domain/member.js';
import { uniqueViolation } from '../../errors/unique-violation.js';
import type { LibraryFilter, LibraryRepository } from '../../ports/library.repository.js';
import type { PageRequest } from '../../ports/page.js';
import { type KnowledgeIndex, type KnowledgeQuery, knowledgeScore, libraryIndex } from '../../rules/knowledge-index.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

type Row = LibraryEntry & { readonly index: KnowledgeIndex };

const newestFirst = (a: LibraryEntry, b: LibraryEntry) =>
  b.savedAt.getTime() - a.savedAt.getTime() || compareText(a.id, b.id);

function strip({ index: _index, ...entry }: Row): LibraryEntry {
  return copy(entry);
}

export class InMemoryLibraryRepository implements LibraryRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Row>('library_entries');
  }
  private indexed(entry: LibraryEntry): Row {
    return { ...entry, index: libraryIndex(entry) };
  }
  private of(communityId: string) {
    return [...this.rows.values()].filter((r) => r.communityId === communityId);
  }
  async create(entry: LibraryEntry) {
    const same = (r: LibraryEntry) =>
      r.platform === entry.platform && r.workspaceId === entry.workspaceId && r.messageId === entry.messageId;
    if (this.of(entry.communityId).some(same)) throw uniqueViolation('message');
    insertNew(this.rows, entry.id, this.indexed(entry));
  }
  async update(entry: LibraryEntry) {
    replaceExisting(this.rows, entry.id, this.indexed(entry));
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? strip(row) : null;
  }
  async findMessage(communityId: string, platform: Platform, workspaceId: string, messageId: string) {
    const found = this.of(communityId).find(
      (r) => r.platform === platform && r.workspaceId === workspaceId && r.messageId === messageId,
    );
    return found ? strip(found) : null;
  }
  async remove(communityId: string, id: string) {
    if (this.rows.get(id)?.communityId === communityId) this.rows.delete(id);
  }
  async removeMessage(communityId: string, platform: Platform, workspaceId: string, messageId: string) {
    const found = this.of(communityId).find(
      (r) => r.platform === platform && r.workspaceId === workspaceId && r.messageId === messageId,
    );
    if (found) this.rows.delete(found.id);
    return found !== undefined;
  }
  async anonymiseAuthor(communityId: string, memberId: string, name: string) {
    const mine = this.of(communityId).filter((r) => r.authorId === memberId);
    for (const r of mine) this.rows.set(r.id, this.indexed({ ...strip(r), authorId: null, authorName: name }));
    return mine.length;
  }
  async list(communityId: string, filter: LibraryFilter, page: PageRequest) {
    const all = this.of(communityId)
      .filter((r) => (!filter.status || r.status === filter.status) && (!filter.tag || r.tags.includes(filter.tag)))
      .sort(newestFirst);
    return { items: all.slice(page.offset, page.offset + page.limit).map(strip), total: all.length };
  }
  async search(communityId: string, query: KnowledgeQuery, tag: string | null, limit: number) {
    const wantsWords = query.keys.length > 0 || query.text !== null;
    if (!wantsWords && !tag) return [];
    return this.of(communityId)
      .filter((r) => r.status === 'approved' && (!tag || r.tags.includes(tag)))
      .map((r) => ({ row: r, score: wantsWords ? knowledgeScore(r.index, query) : 1 }))
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score || newestFirst(a.row, b.row))
      .slice(0, limit)
      .map((h) => strip(h.row));
  }
  async countOpen(communityId: string, id: string) {
    const row = this.rows.get(id);
    if (!row || row.communityId !== communityId) return null;
    const next = { ...row, opens: row.opens + 1 };
    this.rows.set(id, next);
    return strip(next);
  }
}
