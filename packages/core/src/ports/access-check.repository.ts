import type { AccessCheckRun, AccountStanding } from '../domain/access-check.js';
import type { Platform } from '../domain/member.js';

/** What the access check asks the database: linked accounts of a workspace and their standing, and the last run. */
export interface AccessCheckRepository {
  /**
   * A keyset page of the accounts linked to the club in one workspace whose standing is `access`, ordered by
   * platform user id (code points), after `after`. A member has access when their latest membership end is
   * after `accessAfter` (now minus the grace days) and they are not deleted.
   */
  accessPage(
    communityId: string,
    workspace: { readonly platform: Platform; readonly workspaceId: string },
    accessAfter: Date,
    after: string | null,
    limit: number,
  ): Promise<AccountStanding[]>;
  /**
   * How many accounts linked to the club in one workspace have standing `access` (the accounts `accessPage` pages
   * through), counted in the database.
   */
  accessCount(
    communityId: string,
    workspace: { readonly platform: Platform; readonly workspaceId: string },
    accessAfter: Date,
  ): Promise<number>;
  /** The standing of those of `platformUserIds` linked to the club in this workspace (one query, one array parameter). */
  standings(
    communityId: string,
    workspace: { readonly platform: Platform; readonly workspaceId: string },
    accessAfter: Date,
    platformUserIds: readonly string[],
  ): Promise<AccountStanding[]>;
  /** Keeps this run as the club's last one (replacing the previous). */
  saveRun(run: AccessCheckRun): Promise<void>;
  lastRun(communityId: string): Promise<AccessCheckRun | null>;
}
