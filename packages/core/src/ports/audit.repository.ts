import type { AuditEntry } from '../domain/audit.js';
import type { Page, PageRequest } from './page.js';

export interface AuditQuery {
  readonly action?: string;
  readonly actorId?: string;
  readonly targetId?: string;
}

/** The append-only log of staff actions. */
export interface AuditRepository {
  add(entry: AuditEntry): Promise<void>;
  list(communityId: string, query: AuditQuery, page: PageRequest): Promise<Page<AuditEntry>>;
}
