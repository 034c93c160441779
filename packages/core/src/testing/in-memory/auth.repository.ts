import type { AdminSession, CalendarToken, LinkCode, LoginLink } from '../../domain/auth.js';
import type { AuthRepository } from '../../ports/auth.repository.js';
import { copy, insertNew, type MemoryStore } from './store.js';

export class InMemoryAuthRepository implements AuthRepository {
  constructor(private readonly store: MemoryStore) {}
  async createLinkCode(code: LinkCode) {
    insertNew(this.store.table<LinkCode>('link_codes'), code.code, code);
  }
  async takeLinkCode(code: string) {
    const table = this.store.table<LinkCode>('link_codes');
    const row = table.get(code);
    table.delete(code);
    return row ? copy(row) : null;
  }
  async createLoginLink(link: LoginLink) {
    insertNew(this.store.table<LoginLink>('login_links'), link.tokenHash, link);
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
    insertNew(this.store.table<AdminSession>('sessions'), session.idHash, session);
  }
  async getSession(idHash: string) {
    const row = this.store.table<AdminSession>('sessions').get(idHash);
    return row ? copy(row) : null;
  }
  async deleteSession(idHash: string) {
    this.store.table<AdminSession>('sessions').delete(idHash);
  }
  // Keyed by member: one token per member, so setting a new one revokes the old.
  private get calendarTokens() {
    return this.store.table<CalendarToken>('calendar_tokens');
  }
  async setCalendarToken(token: CalendarToken) {
    this.calendarTokens.set(`${token.communityId}:${token.memberId}`, copy(token));
  }
  async findCalendarToken(tokenHash: string) {
    const row = [...this.calendarTokens.values()].find((t) => t.tokenHash === tokenHash);
    return row ? copy(row) : null;
  }
  async deleteCalendarToken(communityId: string, memberId: string) {
    this.calendarTokens.delete(`${communityId}:${memberId}`);
  }
}
