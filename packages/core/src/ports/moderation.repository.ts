import type { CaseKind, CaseStatus, ModerationCase, StrikeSubject } from '../domain/moderation.js';
import type { ChatAction, ChatActionStatus } from '../domain/moderation-chat-action.js';
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
  /** Upheld cases of this member or platform account decided (or, undecided, created) after `since`. */
  countStrikes(communityId: string, subject: StrikeSubject, since: Date): Promise<number>;
  /** Records a platform action unless its key exists; answers the stored action and whether this call created it. */
  addAction(action: ChatAction): Promise<{ action: ChatAction; created: boolean }>;
  /**
   * Takes one pending action whose lease ran out (or was never taken) for an attempt: counts the attempt and holds
   * it until `leaseUntil`. Null when it is settled, held by another process, or has no attempts left.
   */
  takeAction(key: string, now: Date, leaseUntil: Date, maxAttempts: number): Promise<ChatAction | null>;
  /**
   * Takes up to `limit` pending actions due at `now` (any club, oldest due first) whose lease ran out, for an
   * attempt each, as `takeAction` does; two processes never take the same one.
   */
  takeDueActions(now: Date, leaseUntil: Date, maxAttempts: number, limit: number): Promise<ChatAction[]>;
  /**
   * Settles an attempt: `pending` again (due at `nextAttemptAt`), or done/refused/failed (the payload is dropped).
   * The lease is released either way.
   */
  settleAction(
    key: string,
    outcome: {
      readonly status: ChatActionStatus;
      readonly error: string | null;
      readonly at: Date;
      readonly nextAttemptAt?: Date;
    },
  ): Promise<void>;
}
