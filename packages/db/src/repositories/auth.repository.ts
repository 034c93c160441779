import type { AdminSession, AuthRepository, CalendarToken, LinkCode, LoginLink } from '@snowball/core';
import { and, eq, isNull } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { adminSessions, calendarTokens, linkCodes, loginLinks } from '../schema/index.js';
import { isUuid, uniqueViolation } from './sql-helpers.js';

function toLinkCode(row: typeof linkCodes.$inferSelect): LinkCode {
  return { code: row.code, communityId: row.communityId, memberId: row.memberId, expiresAt: row.expiresAt };
}

function toLoginLink(row: typeof loginLinks.$inferSelect): LoginLink {
  return {
    tokenHash: row.tokenHash,
    communityId: row.communityId,
    memberId: row.memberId,
    role: row.role,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
  };
}

function toSession(row: typeof adminSessions.$inferSelect): AdminSession {
  return {
    idHash: row.idHash,
    communityId: row.communityId,
    memberId: row.memberId,
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    role: row.role ?? null,
  };
}

function toCalendarToken(row: typeof calendarTokens.$inferSelect): CalendarToken {
  return { tokenHash: row.tokenHash, communityId: row.communityId, memberId: row.memberId, createdAt: row.createdAt };
}

/**
 * Link codes, login links and sessions in PostgreSQL. Single use is a single statement
 * (DELETE ... RETURNING, UPDATE ... WHERE used_at IS NULL RETURNING), so two racing requests cannot both win.
 */
export class DrizzleAuthRepository implements AuthRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async createLinkCode(code: LinkCode) {
    // A taken code is refused, never overwritten: overwriting would hand one member's code to another.
    const inserted = await this.db()
      .insert(linkCodes)
      .values(toLinkCode(code))
      .onConflictDoNothing()
      .returning({ code: linkCodes.code });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async takeLinkCode(code: string) {
    const [row] = await this.db().delete(linkCodes).where(eq(linkCodes.code, code)).returning();
    return row ? toLinkCode(row) : null;
  }

  async createLoginLink(link: LoginLink) {
    const inserted = await this.db()
      .insert(loginLinks)
      .values(toLoginLink(link))
      .onConflictDoNothing()
      .returning({ tokenHash: loginLinks.tokenHash });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async useLoginLink(tokenHash: string, at: Date) {
    const [row] = await this.db()
      .update(loginLinks)
      .set({ usedAt: at })
      .where(and(eq(loginLinks.tokenHash, tokenHash), isNull(loginLinks.usedAt)))
      .returning();
    return row ? toLoginLink(row) : null;
  }

  async createSession(session: AdminSession) {
    const inserted = await this.db()
      .insert(adminSessions)
      .values(toSession({ ...session, role: session.role ?? null }))
      .onConflictDoNothing()
      .returning({ idHash: adminSessions.idHash });
    if (inserted.length === 0) throw uniqueViolation('id');
  }

  async getSession(idHash: string) {
    const [row] = await this.db().select().from(adminSessions).where(eq(adminSessions.idHash, idHash));
    return row ? toSession(row) : null;
  }

  async deleteSession(idHash: string) {
    await this.db().delete(adminSessions).where(eq(adminSessions.idHash, idHash));
  }

  async setCalendarToken(token: CalendarToken) {
    await this.db()
      .insert(calendarTokens)
      .values(toCalendarToken(token))
      .onConflictDoUpdate({
        target: [calendarTokens.communityId, calendarTokens.memberId],
        set: { tokenHash: token.tokenHash, createdAt: token.createdAt },
      });
  }

  async findCalendarToken(tokenHash: string) {
    const [row] = await this.db().select().from(calendarTokens).where(eq(calendarTokens.tokenHash, tokenHash));
    return row ? toCalendarToken(row) : null;
  }

  async deleteCalendarToken(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return;
    await this.db()
      .delete(calendarTokens)
      .where(and(eq(calendarTokens.communityId, communityId), eq(calendarTokens.memberId, memberId)));
  }
}
