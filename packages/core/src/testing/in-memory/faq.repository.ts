import type { FaqEntry, FaqHit } from '../../domain/faq.js';
import { uniqueViolation } from '../../errors/unique-violation.js';
import type { FaqRepository } from '../../ports/faq.repository.js';
import type { PageRequest } from '../../ports/page.js';
import {
  type KnowledgeIndex,
  type KnowledgeQuery,
  knowledgeIndex,
  knowledgeScore,
} from '../../rules/knowledge-index.js';
import { compareText, copy, insertNew, type MemoryStore, replaceExisting } from './store.js';

type Row = FaqEntry & { readonly index: KnowledgeIndex };

const newestFirst = (a: FaqEntry, b: FaqEntry) =>
  b.publishedAt.getTime() - a.publishedAt.getTime() || compareText(a.id, b.id);

function strip({ index: _index, ...entry }: Row): FaqEntry {
  return copy(entry);
}

export class InMemoryFaqRepository implements FaqRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Row>('faq_entries');
  }
  private indexed(entry: FaqEntry): Row {
    return { ...entry, index: knowledgeIndex([entry.question, entry.answer]) };
  }
  async create(entry: FaqEntry) {
    if (
      entry.questionId &&
      [...this.rows.values()].some((r) => r.communityId === entry.communityId && r.questionId === entry.questionId)
    ) {
      throw uniqueViolation('questionId');
    }
    insertNew(this.rows, entry.id, this.indexed(entry));
  }
  async update(entry: FaqEntry) {
    replaceExisting(this.rows, entry.id, this.indexed(entry));
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? strip(row) : null;
  }
  async remove(communityId: string, id: string) {
    if (this.rows.get(id)?.communityId === communityId) this.rows.delete(id);
  }
  async list(communityId: string, page: PageRequest) {
    const all = [...this.rows.values()].filter((r) => r.communityId === communityId).sort(newestFirst);
    return { items: all.slice(page.offset, page.offset + page.limit).map(strip), total: all.length };
  }
  async search(communityId: string, query: KnowledgeQuery, limit: number): Promise<FaqHit[]> {
    return [...this.rows.values()]
      .filter((r) => r.communityId === communityId)
      .map((r) => ({ row: r, score: knowledgeScore(r.index, query) }))
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score || newestFirst(a.row, b.row))
      .slice(0, limit)
      .map((h) => ({ entry: strip(h.row), score: h.score }));
  }
}
