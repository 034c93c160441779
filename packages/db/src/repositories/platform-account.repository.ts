import type { Platform, PlatformAccount, PlatformAccountRepository } from '@snowball/core';
import { and, eq } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { platformAccounts } from '../schema/index.js';
import { byteOrder, isUuid, uniqueViolation } from './sql-helpers.js';

type Row = typeof platformAccounts.$inferSelect;

function toAccount(row: Row): PlatformAccount {
  return {
    communityId: row.communityId,
    platform: row.platform,
    workspaceId: row.workspaceId,
    platformUserId: row.platformUserId,
    memberId: row.memberId,
    linkedAt: row.linkedAt,
  };
}

/** Discord and Slack accounts linked to members, in PostgreSQL. */
export class DrizzlePlatformAccountRepository implements PlatformAccountRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async link(account: PlatformAccount) {
    const inserted = await this.db()
      .insert(platformAccounts)
      .values({
        communityId: account.communityId,
        platform: account.platform,
        workspaceId: account.workspaceId,
        platformUserId: account.platformUserId,
        memberId: account.memberId,
        linkedAt: account.linkedAt,
      })
      .onConflictDoNothing()
      .returning({ memberId: platformAccounts.memberId });
    if (inserted.length === 0) throw uniqueViolation('account');
  }

  async find(platform: Platform, workspaceId: string, platformUserId: string) {
    const [row] = await this.db()
      .select()
      .from(platformAccounts)
      .where(
        and(
          eq(platformAccounts.platform, platform),
          eq(platformAccounts.workspaceId, workspaceId),
          eq(platformAccounts.platformUserId, platformUserId),
        ),
      );
    return row ? toAccount(row) : null;
  }

  async listForMember(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return [];
    const rows = await this.db()
      .select()
      .from(platformAccounts)
      .where(and(eq(platformAccounts.communityId, communityId), eq(platformAccounts.memberId, memberId)))
      .orderBy(
        byteOrder(platformAccounts.platform),
        byteOrder(platformAccounts.workspaceId),
        byteOrder(platformAccounts.platformUserId),
      );
    return rows.map(toAccount);
  }

  async unlinkAll(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return;
    await this.db()
      .delete(platformAccounts)
      .where(and(eq(platformAccounts.communityId, communityId), eq(platformAccounts.memberId, memberId)));
  }
}
