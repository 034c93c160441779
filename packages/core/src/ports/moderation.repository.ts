import type { CaseKind, CaseStatus, ModerationCase } from '../domain/moderation.js';
import type { Page, PageRequest } from './page.js';

/** Which cases a page holds; an absent field means "any". */
export interface CaseQuery {
  readonly statuses?: readonly CaseStatus[];
  readonly kind?: CaseKind;
  readonly memberId?: string;
}

/** Where a keyset page of cases starts: after this case in the list's order (created, then id, descending). */
export interface CaseCursor {
  readonly at: Date;
  readonly id: string;
}

/** Moderation cases (upheld cases are strikes). */
export interface ModerationRepository {
  create(moderationCase: ModerationCase): Promise<void>;
  update(moderationCase: ModerationCase): Promise<void>;
  get(communityId: string, id: string): Promise<ModerationCase | null>;
  list(communityId: string, memberId: string | null): Promise<ModerationCase[]>;
  /**
   * A page of the club's cases, newest first (created, then id, descending), and the count of all cases the query
   * matches. With `after` the page starts after that case and `page.offset` is ignored.
   */
  page(
    communityId: string,
    query: CaseQuery,
    page: PageRequest,
    after?: CaseCursor | null,
  ): Promise<Page<ModerationCase>>;
  /**
   * Erases the message excerpt of at most `limit` decided cases (upheld or dismissed) decided before
   * `decidedBefore` whose evidence is still there, stamping `purgedAt`; answers how many it erased.
   */
  purgeEvidence(communityId: string, decidedBefore: Date, purgedAt: Date, limit: number): Promise<number>;
}
