import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../schema/index.js';

/** One table's link to a member: the columns holding the member's id, and whether the table scopes rows by club. */
export interface MemberReference {
  readonly table: string;
  /** Columns that reference `members.id` (for `members` itself: `id`). */
  readonly columns: readonly { readonly name: string; readonly nullable: boolean }[];
  readonly hasCommunityId: boolean;
}

/** Every table of the drizzle schema (so a table added by anyone is seen here without a list to keep). */
export function schemaTables(): PgTable[] {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
}

/**
 * Tables that hold a member's platform user ids without a foreign key to `members` (they are keyed by the
 * platform's own ids): found and erased through the member's linked accounts.
 */
export const PLATFORM_ID_TABLES: Readonly<Record<string, string>> = {
  applications: 'platform_user_id',
  dm_channels: 'platform_user_id',
};

/** Every table that references a member, derived from the schema's foreign keys to `members.id`. */
export function memberReferences(): MemberReference[] {
  const membersName = getTableName(schema.members);
  const found: MemberReference[] = [];
  for (const table of schemaTables()) {
    const config = getTableConfig(table);
    const hasCommunityId = config.columns.some((c) => c.name === 'community_id');
    if (config.name === membersName) {
      found.push({ table: config.name, columns: [{ name: 'id', nullable: false }], hasCommunityId });
      continue;
    }
    const columns = config.foreignKeys
      .map((fk) => fk.reference())
      .filter((ref) => getTableName(ref.foreignTable) === membersName)
      .flatMap((ref) => ref.columns.map((c) => ({ name: c.name, nullable: !c.notNull })));
    if (columns.length > 0) found.push({ table: config.name, columns, hasCommunityId });
  }
  return found;
}

/** Columns never put in an export: hashes of secrets and session CSRF tokens. */
export function isSecretColumn(name: string): boolean {
  return /(^|_)(token_hash|id_hash|csrf_token)$/.test(name);
}
