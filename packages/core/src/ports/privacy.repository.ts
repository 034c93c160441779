import type { ErasureRequest, ExportLink, MemberData } from '../domain/privacy.js';

/** What erasing a member needs to know besides their id. */
export interface Erasure {
  readonly communityId: string;
  readonly memberId: string;
  /** The handle the anonymised member row keeps (unique in the club, says nothing about the person). */
  readonly placeholderHandle: string;
  readonly at: Date;
}

/** Members' data rights: the export of everything about a member, and its erasure everywhere. */
export interface PrivacyRepository {
  /** Every stored row about the member (rows that reference them or carry their platform ids), table by table. */
  collectMemberData(communityId: string, memberId: string): Promise<MemberData>;
  /**
   * Erases or anonymises the member everywhere: their own rows are deleted, rows other members keep (their
   * introductions, deals, payments for accounting) lose every personal detail, and the member row stays as an
   * anonymous, deleted placeholder so those rows still read "a former member".
   */
  eraseMember(erasure: Erasure): Promise<void>;
  createExportLink(link: ExportLink): Promise<void>;
  /** Marks an unused, unexpired link used and returns it; null when unknown, used or expired (single use). */
  useExportLink(tokenHash: string, now: Date): Promise<ExportLink | null>;
  createErasure(request: ErasureRequest): Promise<void>;
  getErasure(communityId: string, id: string): Promise<ErasureRequest | null>;
  /** The member's pending erasure, if any. */
  pendingErasureOf(communityId: string, memberId: string): Promise<ErasureRequest | null>;
  updateErasure(request: ErasureRequest): Promise<void>;
  /** Pending erasures due at or before `now`, oldest first, at most `limit` (the reconcile's keyset page). */
  dueErasures(now: Date, limit: number): Promise<ErasureRequest[]>;
}
