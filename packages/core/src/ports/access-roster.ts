import type { RoleFailureReason, RosterAccess } from '../domain/access-check.js';
import type { Platform } from '../domain/member.js';

/** One page of a workspace's roster: platform user ids and the access each holds. */
export type RosterPage = readonly { readonly platformUserId: string; readonly access: RosterAccess }[];

/** A workspace's roster, read a page at a time. */
export interface WorkspaceRoster {
  /**
   * True when the pages list everyone on the server (Discord lists every guild member): a member with access who
   * is not listed has left, and nothing is sent for them. False when only holders are listed (channel members).
   */
  readonly listsEveryone: boolean;
  readonly pages: AsyncIterable<RosterPage>;
}

/**
 * Lists who holds the member role / members-only channels on a platform workspace, paced by the platform's
 * limits like every other call. The access check compares it with the database.
 */
export interface AccessRoster {
  /** The roster of one workspace, or null when snowball manages no access there (no member role or channels). */
  roster(platform: Platform, workspaceId: string): Promise<WorkspaceRoster | null>;
  /** Why a grant or revoke failed, for owners. */
  failureReason(platform: Platform, error: unknown): RoleFailureReason;
}
