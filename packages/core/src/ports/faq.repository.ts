import type { FaqEntry, FaqHit } from '../domain/faq.js';
import type { KnowledgeQuery } from '../rules/knowledge-index.js';
import type { Page, PageRequest } from './page.js';

/** The club FAQ; each entry is stored with its search index (`knowledgeIndex` of question and answer). */
export interface FaqRepository {
  /** Inserts the entry; one entry per source question (`uniqueViolation('questionId')` on a second). */
  create(entry: FaqEntry): Promise<void>;
  update(entry: FaqEntry): Promise<void>;
  get(communityId: string, id: string): Promise<FaqEntry | null>;
  remove(communityId: string, id: string): Promise<void>;
  /** Newest first (published at, then id). */
  list(communityId: string, page: PageRequest): Promise<Page<FaqEntry>>;
  /** Entries sharing any key of the query (or containing its text), closest first, at most `limit`. */
  search(communityId: string, query: KnowledgeQuery, limit: number): Promise<FaqHit[]>;
}
