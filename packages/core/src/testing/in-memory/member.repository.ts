import type { Member } from '../../domain/member.js';
import type { MembershipPeriod } from '../../domain/membership.js';
import type { Profile } from '../../domain/profile.js';
import { uniqueViolation } from '../../errors/unique-violation.js';
import type {
  MemberListQuery,
  MemberQuery,
  MemberRepository,
  MemberWithLatestEnd,
} from '../../ports/member.repository.js';
import type { PageRequest } from '../../ports/page.js';
import { type DirectoryIndex, directoryIndex } from '../../rules/directory-index.js';
import { compareText, copy, insertNew, type MemoryStore } from './store.js';

export class InMemoryMemberRepository implements MemberRepository {
  constructor(private readonly store: MemoryStore) {}
  /** Referral codes beside the member rows (the SQL column is not part of Member), by `<community>:<member>`. */
  private get referralCodes() {
    return this.store.table<string>('memberReferralCodes');
  }
  async getReferralCode(communityId: string, memberId: string) {
    return this.referralCodes.get(`${communityId}:${memberId}`) ?? null;
  }
  async setReferralCode(communityId: string, memberId: string, code: string) {
    if (this.rows.get(memberId)?.communityId !== communityId) return;
    const key = `${communityId}:${memberId}`;
    if (this.referralCodes.has(key)) return;
    for (const [other, taken] of this.referralCodes) {
      if (taken === code && other.startsWith(`${communityId}:`)) throw uniqueViolation('referral code');
    }
    this.referralCodes.set(key, code);
  }
  async getByReferralCode(communityId: string, code: string) {
    for (const [key, taken] of this.referralCodes) {
      if (taken !== code || !key.startsWith(`${communityId}:`)) continue;
      const member = this.rows.get(key.slice(communityId.length + 1));
      return member && !member.deletedAt ? copy(member) : null;
    }
    return null;
  }
  private get rows() {
    return this.store.table<Member>('members');
  }
  private inCommunity(communityId: string) {
    return [...this.rows.values()].filter((m) => m.communityId === communityId);
  }
  async create(member: Member) {
    if (this.inCommunity(member.communityId).some((m) => m.handle === member.handle)) {
      throw uniqueViolation('handle');
    }
    insertNew(this.rows, member.id, withoutEmptyChoice(member));
  }
  async update(member: Member) {
    if (this.rows.get(member.id)?.communityId !== member.communityId) return;
    if (this.inCommunity(member.communityId).some((m) => m.handle === member.handle && m.id !== member.id)) {
      throw uniqueViolation('handle');
    }
    const before = this.rows.get(member.id);
    this.rows.set(member.id, copy(withoutEmptyChoice(member)));
    // The directory index holds the name and handle: keep it in step, as the SQL repository does.
    const key = `${member.communityId}:${member.id}`;
    const profile = this.store.table<Profile>('profiles').get(key);
    if (profile && (before?.displayName !== member.displayName || before?.handle !== member.handle)) {
      this.store.table<DirectoryIndex>('profileIndexes').set(key, directoryIndex(profile, member));
    }
  }
  async get(communityId: string, id: string) {
    const row = this.rows.get(id);
    return row && row.communityId === communityId ? copy(row) : null;
  }
  async getByHandle(communityId: string, handle: string) {
    const row = this.inCommunity(communityId).find((m) => m.handle === handle);
    return row ? copy(row) : null;
  }
  async getByEmail(communityId: string, email: string) {
    // Emails are not unique: the oldest member with it wins.
    const row = this.inCommunity(communityId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id))
      .find((m) => m.email === email.toLowerCase());
    return row ? copy(row) : null;
  }
  async list(communityId: string, query: MemberQuery, page: PageRequest) {
    const needle = query.search?.toLowerCase();
    const all = this.inCommunity(communityId)
      .filter((m) => !m.deletedAt)
      .filter(
        (m) =>
          !needle ||
          m.handle.toLowerCase().includes(needle) ||
          m.displayName.toLowerCase().includes(needle) ||
          (m.email ?? '').includes(needle),
      )
      // Lowercased code-point order, which SQL reproduces on any database locale (see compareText).
      .sort((a, b) => compareText(a.displayName.toLowerCase(), b.displayName.toLowerCase()) || compareText(a.id, b.id));
    return { items: all.slice(page.offset, page.offset + page.limit).map(copy), total: all.length };
  }
  async listIds(communityId: string) {
    return this.inCommunity(communityId)
      .filter((m) => !m.deletedAt)
      .map((m) => m.id)
      .sort();
  }
  async listWithLatestEnd(communityId: string, query: MemberListQuery, page: PageRequest) {
    const ends = new Map<string, number>();
    for (const p of this.store.table<MembershipPeriod>('memberships').values()) {
      if (p.communityId !== communityId) continue;
      ends.set(p.memberId, Math.max(ends.get(p.memberId) ?? 0, p.endsAt.getTime()));
    }
    const needle = query.search?.trim().toLowerCase();
    const bounds = query.latestEnd;
    const all: MemberWithLatestEnd[] = this.inCommunity(communityId)
      .filter((m) => !m.deletedAt)
      .filter(
        (m) =>
          !needle ||
          m.handle.toLowerCase().includes(needle) ||
          m.displayName.toLowerCase().includes(needle) ||
          (m.email ?? '').toLowerCase().includes(needle),
      )
      .map((member) => {
        const end = ends.get(member.id);
        return { member, latestEnd: end === undefined ? null : new Date(end) };
      })
      .filter(({ latestEnd }) => {
        if (!bounds) return true;
        if (bounds === 'none') return latestEnd === null;
        if (latestEnd === null) return false;
        if (bounds.after && latestEnd.getTime() <= bounds.after.getTime()) return false;
        if (bounds.notAfter && latestEnd.getTime() > bounds.notAfter.getTime()) return false;
        return true;
      })
      .sort(
        (a, b) =>
          b.member.createdAt.getTime() - a.member.createdAt.getTime() ||
          (a.member.id < b.member.id ? 1 : a.member.id > b.member.id ? -1 : 0),
      );
    const after = query.after;
    // Keyset: strictly after the given member in (created at, id) descending order.
    const rest = after
      ? all.filter(
          ({ member: m }) =>
            m.createdAt.getTime() < after.createdAt.getTime() ||
            (m.createdAt.getTime() === after.createdAt.getTime() && m.id < after.id),
        )
      : all;
    const items = rest
      .slice(page.offset, page.offset + page.limit)
      .map((row) => ({ member: copy(row.member), latestEnd: row.latestEnd }));
    return { items, total: all.length };
  }
  async getMany(communityId: string, ids: readonly string[]) {
    const wanted = new Set(ids);
    return this.inCommunity(communityId)
      .filter((m) => wanted.has(m.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(copy);
  }
}

/** No choice of platforms is stored as none (as the database keeps it): every linked platform. */
function withoutEmptyChoice(member: Member): Member {
  if (member.notifyPlatforms && member.notifyPlatforms.length > 0) return member;
  const { notifyPlatforms: _none, ...rest } = member;
  return rest;
}
