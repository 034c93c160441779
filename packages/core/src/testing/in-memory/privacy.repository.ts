import { type ErasureRequest, type ExportLink, FORMER_MEMBER_NAME, type MemberData } from '../../domain/privacy.js';
import type { Erasure, PrivacyRepository } from '../../ports/privacy.repository.js';
import { copy, insertNew, type MemoryStore } from './store.js';

type Row = Record<string, unknown>;

/** Tables whose rows belong to the member alone: erased by deleting them. */
const OWN_TABLES = [
  'accounts',
  'staff',
  'profiles',
  'rsvps',
  'supplier_endorsements',
  'questions',
  'link_codes',
  'login_links',
  'sessions',
  'calendar_tokens',
  'privacy_export_links',
  'checkout_intents',
] as const;

/** Fields (other than `memberId`) through which a row of someone else points at a member. */
const REFERENCE_FIELDS = [
  'referrerMemberId',
  'decidedBy',
  'recordedBy',
  'counterpartId',
  'reporterId',
  'hostMemberId',
  'claimedBy',
  'answeredBy',
  'proposedBy',
  'introducerId',
  'recommendedBy',
  'createdBy',
  'requestedBy',
  'memberA',
  'memberB',
  'answeredBy',
  'publishedBy',
  'authorId',
  'savedBy',
  'reviewedBy',
] as const;

/** Fields that may be set to null once the member is gone (the others keep the placeholder member's id). */
const NULLABLE_FIELDS = new Set([
  'referrerMemberId',
  'decidedBy',
  'counterpartId',
  'reporterId',
  'hostMemberId',
  'claimedBy',
  'answeredBy',
  'proposedBy',
  'introducerId',
  'recommendedBy',
  'createdBy',
  'answeredBy',
  'publishedBy',
  'authorId',
  'savedBy',
  'reviewedBy',
]);

const MEMORY_TABLES = [
  ...OWN_TABLES,
  'members',
  'applications',
  'memberships',
  'payments',
  'introductions',
  'deals',
  'suppliers',
  'contributions',
  'lesson_series',
  'lessons',
  'cases',
  'deliveries',
  'audit',
  'coupons',
  'refunds',
  'disputes',
  'privacy_erasures',
  'faq_entries',
  'library_entries',
  'question_messages',
];

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The in-memory twin of the member data rights repository, over the same store as the other repositories. */
export class InMemoryPrivacyRepository implements PrivacyRepository {
  constructor(private readonly store: MemoryStore) {}

  private rows(name: string): Map<string, Row> {
    return this.store.table<Row>(name);
  }

  private platformUserIds(communityId: string, memberId: string): string[] {
    return [...this.rows('accounts').values()]
      .filter((a) => a.communityId === communityId && a.memberId === memberId)
      .map((a) => String(a.platformUserId));
  }

  private refersTo(row: Row, memberId: string, platformIds: readonly string[]): boolean {
    if (row.memberId === memberId || REFERENCE_FIELDS.some((f) => row[f] === memberId)) return true;
    if (row.actorId === memberId || row.targetId === memberId) return true;
    return typeof row.platformUserId === 'string' && platformIds.includes(row.platformUserId);
  }

  async collectMemberData(communityId: string, memberId: string): Promise<MemberData> {
    const platformIds = this.platformUserIds(communityId, memberId);
    const out: Record<string, Row[]> = {};
    for (const name of MEMORY_TABLES) {
      const found = [...this.rows(name).values()].filter(
        (row) =>
          row.communityId === communityId &&
          (name === 'members' ? row.id === memberId : this.refersTo(row, memberId, platformIds)),
      );
      if (found.length > 0) {
        out[name] = found.map(
          (row) =>
            Object.fromEntries(
              Object.entries(plain(row) as Row).map(([k, v]) => [k, /hash|csrf/i.test(k) ? '[not exported]' : v]),
            ) as Row,
        );
      }
    }
    return out;
  }

  async eraseMember(erasure: Erasure): Promise<void> {
    const { communityId, memberId, at } = erasure;
    const platformIds = this.platformUserIds(communityId, memberId);
    const inClub = (row: Row) => row.communityId === communityId;
    for (const name of OWN_TABLES) {
      const table = this.rows(name);
      for (const [key, row] of [...table.entries()]) if (inClub(row) && row.memberId === memberId) table.delete(key);
    }
    // The member's own chat messages saved to the library (their words, under their name) go, as on PostgreSQL.
    const library = this.rows('library_entries');
    for (const [key, row] of [...library.entries()]) if (inClub(row) && row.authorId === memberId) library.delete(key);
    // FAQ entries published from their questions stay (anonymous, with consent), no longer linked to the question.
    const questions = this.rows('questions');
    const faq = this.rows('faq_entries');
    for (const [key, row] of [...faq.entries()]) {
      if (typeof row.questionId === 'string' && !questions.has(row.questionId))
        faq.set(key, { ...row, questionId: null });
    }
    // The threads of their questions go with them (a cascade on PostgreSQL).
    const messages = this.rows('question_messages');
    for (const [key, row] of [...messages.entries()]) {
      if (inClub(row) && typeof row.questionId === 'string' && !questions.has(row.questionId)) messages.delete(key);
    }
    const update = (name: string, match: (row: Row) => boolean, change: (row: Row) => Row) => {
      const table = this.rows(name);
      for (const [key, row] of [...table.entries()]) if (inClub(row) && match(row)) table.set(key, change(copy(row)));
    };
    update(
      'members',
      (m) => m.id === memberId,
      (m) => ({
        ...m,
        handle: erasure.placeholderHandle,
        displayName: FORMER_MEMBER_NAME,
        email: null,
        locale: null,
        timezone: null,
        notes: '',
        remindersMuted: true,
        matchingExcluded: true,
        deletedAt: m.deletedAt ?? at,
      }),
    );
    update(
      'applications',
      (a) =>
        a.memberId === memberId || (typeof a.platformUserId === 'string' && platformIds.includes(a.platformUserId)),
      (a) => ({
        ...a,
        name: FORMER_MEMBER_NAME,
        email: null,
        company: '',
        industry: '',
        answers: [],
        workspaceId: null,
        platformUserId: null,
        decisionReason: null,
        infoAnswer: null,
      }),
    );
    update(
      'introductions',
      (i) => i.memberA === memberId || i.memberB === memberId,
      (i) => ({ ...i, reason: '', status: i.status === 'proposed' ? 'expired' : i.status, followUpAt: null }),
    );
    update(
      'deals',
      (d) => d.recordedBy === memberId || d.counterpartId === memberId,
      (d) => ({ ...d, note: '' }),
    );
    update(
      'lessons',
      (l) => l.hostMemberId === memberId,
      (l) => ({ ...l, speakerName: null, speakerBio: null }),
    );
    update(
      'cases',
      (c) => c.memberId === memberId,
      (c) => ({
        ...c,
        excerpt: '',
        appeal: null,
        notes: null,
        channelId: null,
        messageId: null,
        memberId: null,
        context: null,
        authorId: null,
      }),
    );
    // Their words in other cases' context (written nearby, or a reporter's own messages before the one reported).
    const theirs = (m: unknown) => platformIds.includes(String((m as { authorId?: unknown }).authorId));
    update(
      'cases',
      (c) => Array.isArray(c.context) && c.context.some(theirs),
      (c) => {
        const kept = (c.context as unknown[]).filter((m) => !theirs(m));
        return { ...c, context: kept.length > 0 ? kept : null };
      },
    );
    update(
      'deliveries',
      (d) => d.memberId === memberId,
      (d) => ({ ...d, error: null }),
    );
    update(
      'audit',
      (e) => e.actorId === memberId || e.targetId === memberId,
      (e) => ({ ...e, before: null, after: null }),
    );
    for (const name of MEMORY_TABLES) {
      update(
        name,
        (row) => [...NULLABLE_FIELDS].some((f) => row[f] === memberId),
        (row) => {
          const changed = { ...row };
          for (const f of NULLABLE_FIELDS) if (changed[f] === memberId) changed[f] = null;
          return changed;
        },
      );
    }
  }

  async createExportLink(link: ExportLink): Promise<void> {
    insertNew(this.rows('privacy_export_links'), link.tokenHash, link as unknown as Row);
  }

  async useExportLink(tokenHash: string, now: Date): Promise<ExportLink | null> {
    const table = this.rows('privacy_export_links');
    const link = table.get(tokenHash) as ExportLink | undefined;
    if (!link || link.usedAt || link.expiresAt.getTime() <= now.getTime()) return null;
    const used = { ...copy(link), usedAt: now };
    table.set(tokenHash, used as unknown as Row);
    return used;
  }

  async createErasure(request: ErasureRequest): Promise<void> {
    insertNew(this.rows('privacy_erasures'), request.id, request as unknown as Row);
  }

  async getErasure(communityId: string, id: string): Promise<ErasureRequest | null> {
    const row = this.rows('privacy_erasures').get(id) as ErasureRequest | undefined;
    return row && row.communityId === communityId ? copy(row) : null;
  }

  async pendingErasureOf(communityId: string, memberId: string): Promise<ErasureRequest | null> {
    const rows = [...this.rows('privacy_erasures').values()] as unknown as ErasureRequest[];
    const found = rows.find((r) => r.communityId === communityId && r.memberId === memberId && r.status === 'pending');
    return found ? copy(found) : null;
  }

  async updateErasure(request: ErasureRequest): Promise<void> {
    const table = this.rows('privacy_erasures');
    if (table.has(request.id)) table.set(request.id, copy(request) as unknown as Row);
  }

  async dueErasures(now: Date, limit: number): Promise<ErasureRequest[]> {
    const rows = [...this.rows('privacy_erasures').values()] as unknown as ErasureRequest[];
    return rows
      .filter((r) => r.status === 'pending' && r.dueAt.getTime() <= now.getTime())
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
      .map(copy);
  }
}
