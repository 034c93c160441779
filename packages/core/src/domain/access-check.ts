import type { Platform } from './member.js';

/**
 * Where a linked platform account stands for access, read from the database: `access` (membership active,
 * expiring or in grace), `staff` (owner, moderator or coach without a paid membership), `ended` (had a
 * membership that is over: its role was snowball's to give and is snowball's to take), `never` (linked but never
 * paid). A platform user linked to no member has no standing at all.
 */
export type AccessStanding = 'access' | 'staff' | 'ended' | 'never';

/** A linked account of one workspace and its standing. */
export interface AccountStanding {
  readonly platformUserId: string;
  readonly memberId: string;
  readonly standing: AccessStanding;
}

/**
 * What the platform says about one user: `full` holds the member role (or is in every members-only channel),
 * `partial` is in some members-only channels only, `none` is on the server without access.
 */
export type RosterAccess = 'full' | 'partial' | 'none';

/** The worker job that runs the access check (every few minutes for every club, or for one club on demand). */
export const ACCESS_RECONCILE_JOB = 'access.reconcile';

/** One change the access check makes (or, for `report`, only reports). */
export type AccessChangeKind = 'grant' | 'revoke' | 'report';

/** Why a role change failed, as owners are told (both languages in `access-check-messages`). */
export const ROLE_FAILURE_REASONS = [
  'missing_permission',
  'member_left',
  'unknown_role',
  'not_installed',
  'other',
] as const;
export type RoleFailureReason = (typeof ROLE_FAILURE_REASONS)[number];

/** A failed role change, as the last run shows it. */
export interface AccessFailure {
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly platformUserId: string;
  readonly memberId: string | null;
  readonly change: 'grant' | 'revoke';
  readonly reason: RoleFailureReason;
  readonly error: string;
}

/** What one workspace's check found and did. */
export interface WorkspaceAccessResult {
  readonly platform: Platform;
  readonly workspaceId: string;
  /** Platform users listed with some access (role or channel). */
  readonly listed: number;
  readonly granted: number;
  readonly revoked: number;
  /** Access held by people snowball did not give it to (left alone unless strict mode). */
  readonly reported: number;
  /** Members with access who are not on the server (nothing to give them until they come back). */
  readonly absent: number;
  readonly failed: number;
}

/** The last access check of a club, shown to owners in the panel. */
export interface AccessCheckRun {
  readonly communityId: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly strict: boolean;
  readonly workspaces: readonly WorkspaceAccessResult[];
  /** Up to `ACCESS_CHECK_LISTED` platform users holding access snowball did not give (reported, or revoked in strict mode). */
  readonly manualGrants: readonly {
    readonly platform: Platform;
    readonly workspaceId: string;
    readonly platformUserId: string;
  }[];
  /** Up to `ACCESS_CHECK_LISTED` failures of this run. */
  readonly failures: readonly AccessFailure[];
}

/** How many manual grants and failures a run keeps by name (the counts cover them all). */
export const ACCESS_CHECK_LISTED = 50;

/**
 * The one rule of the access check: what to do about one platform user, given the database's standing (null: no
 * linked member) and what the platform says (null: not listed). Members with access get what they lack; access
 * snowball gave and that ended is taken; access nobody here gave (a human on the platform) is reported, and
 * taken only in strict mode. Staff keep what they hold and are never reported.
 */
export function accessChange(
  standing: AccessStanding | null,
  held: RosterAccess | null,
  strict: boolean,
): AccessChangeKind | null {
  const holds = held === 'full' || held === 'partial';
  if (standing === 'access') return held === 'full' ? null : 'grant';
  if (!holds || standing === 'staff') return null;
  if (standing === 'ended') return 'revoke';
  return strict ? 'revoke' : 'report';
}
