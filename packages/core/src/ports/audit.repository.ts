import type { AuditEntry } from '../domain/audit.js';
import type { Page, PageRequest } from './page.js';

export interface AuditQuery {
  readonly action?: string;
  readonly actorId?: string;
  readonly targetId?: string;
}

/** Where a keyset page starts: the entries after this one in the log's order (older). A deep page costs what the first does. */
export interface AuditCursor {
  readonly at: Date;
  readonly id: string;
}

/** The append-only log of staff actions. */
export interface AuditRepository {
  add(entry: AuditEntry): Promise<void>;
  /** Appends many entries in a few statements (a background job's changes), whatever their number. */
  addMany(entries: readonly AuditEntry[]): Promise<void>;
  /**
   * A page of the log, newest first (at, then id, descending), and the count of all entries the query matches.
   * With `after` the page starts after that entry and `page.offset` is ignored.
   */
  list(
    communityId: string,
    query: AuditQuery,
    page: PageRequest,
    after?: AuditCursor | null,
  ): Promise<Page<AuditEntry>>;
}
