import type { StaffAssignment, StaffRepository, StaffRole } from '@snowball/core';
import { and, asc, eq } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { staffRoles } from '../schema/index.js';
import { byteOrder, isUuid } from './sql-helpers.js';

type Row = typeof staffRoles.$inferSelect;

function toAssignment(row: Row): StaffAssignment {
  return { communityId: row.communityId, memberId: row.memberId, role: row.role, grantedAt: row.grantedAt };
}

/** Staff roles in PostgreSQL; granting a role twice keeps the first grant. */
export class DrizzleStaffRepository implements StaffRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  async grant(assignment: StaffAssignment) {
    await this.db()
      .insert(staffRoles)
      .values({
        communityId: assignment.communityId,
        memberId: assignment.memberId,
        role: assignment.role,
        grantedAt: assignment.grantedAt,
      })
      .onConflictDoNothing();
  }

  async revoke(communityId: string, memberId: string, role: StaffRole) {
    if (!isUuid(communityId, memberId)) return;
    await this.db()
      .delete(staffRoles)
      .where(
        and(eq(staffRoles.communityId, communityId), eq(staffRoles.memberId, memberId), eq(staffRoles.role, role)),
      );
  }

  async rolesOf(communityId: string, memberId: string) {
    if (!isUuid(communityId, memberId)) return [];
    const rows = await this.db()
      .select({ role: staffRoles.role })
      .from(staffRoles)
      .where(and(eq(staffRoles.communityId, communityId), eq(staffRoles.memberId, memberId)))
      .orderBy(byteOrder(staffRoles.role));
    return rows.map((row) => row.role);
  }

  async list(communityId: string) {
    if (!isUuid(communityId)) return [];
    const rows = await this.db()
      .select()
      .from(staffRoles)
      .where(eq(staffRoles.communityId, communityId))
      .orderBy(asc(staffRoles.grantedAt), asc(staffRoles.memberId), byteOrder(staffRoles.role));
    return rows.map(toAssignment);
  }
}
