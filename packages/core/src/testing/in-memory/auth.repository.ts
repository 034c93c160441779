import type { AdminSession, LinkCode, LoginLink } from '../../domain/auth.js';
import type { AuthRepository } from '../../ports/auth.repository.js';
import { copy, type MemoryStore } from './store.js';

export class InMemoryAuthRepository implements AuthRepository {
  constructor(private readonly store: MemoryStore) {}
  async createLinkCode(code: LinkCode) {
    this.store.table<LinkCode>('link_codes').set(code.code, copy(code));
  }
  async takeLinkCode(code: string) {
    const table = this.store.table<LinkCode>('link_codes');
    const row = table.get(code);
    table.delete(code);
    return row ? copy(row) : null;
  }
  async createLoginLink(link: LoginLink) {
    this.store.table<LoginLink>('login_links').set(link.tokenHash, copy(link));
  }
  async useLoginLink(tokenHash: string, at: Date) {
    const table = this.store.table<LoginLink>('login_links');
    const row = table.get(tokenHash);
    if (!row || row.usedAt) return null;
    const used = { ...row, usedAt: at };
    table.set(tokenHash, used);
    return copy(used);
  }
  async createSession(session: AdminSession) {
    this.store.table<AdminSession>('sessions').set(session.idHash, copy(session));
  }
  async getSession(idHash: string) {
    const row = this.store.table<AdminSession>('sessions').get(idHash);
    return row ? copy(row) : null;
  }
  async deleteSession(idHash: string) {
    this.store.table<AdminSession>('sessions').delete(idHash);
  }
}
