import type { Member } from '../../domain/member.js';
import type { MemberQuery, MemberRepository } from '../../ports/member.repository.js';
import type { PageRequest } from '../../ports/page.js';
import { copy, type MemoryStore } from './store.js';

export class InMemoryMemberRepository implements MemberRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<Member>('members');
  }
  private inCommunity(communityId: string) {
    return [...this.rows.values()].filter((m) => m.communityId === communityId);
  }
  async create(member: Member) {
    if (this.inCommunity(member.communityId).some((m) => m.handle === member.handle)) {
      throw new Error('unique violation: handle');
    }
    this.rows.set(member.id, copy(member));
  }
  async update(member: Member) {
    this.rows.set(member.id, copy(member));
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
    const row = this.inCommunity(communityId).find((m) => m.email === email.toLowerCase());
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
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
    return { items: all.slice(page.offset, page.offset + page.limit).map(copy), total: all.length };
  }
  async listIds(communityId: string) {
    return this.inCommunity(communityId)
      .filter((m) => !m.deletedAt)
      .map((m) => m.id)
      .sort();
  }
}
