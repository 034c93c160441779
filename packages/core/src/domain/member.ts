import type { Locale } from '../i18n/locale.js';

/**
 * `simulator` is the terminal chat (`snowball chat`): a real platform for trying snowball without Discord or Slack.
 * `feishu` is Feishu / Lark (workspace = the tenant key, user = the app's open_id).
 */
export const PLATFORMS = ['discord', 'slack', 'feishu', 'simulator'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A person the club knows: an approved applicant, a member, or staff. Membership state lives in periods. */
export interface Member {
  readonly id: string;
  readonly communityId: string;
  readonly handle: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly locale: Locale | null;
  readonly timezone: string | null;
  /** Own lesson-reminder lead time in minutes, overriding the club's. */
  readonly reminderLeadMinutes: number | null;
  readonly remindersMuted: boolean;
  /** Excluded by staff from matching rounds (e.g. while in grace). */
  readonly matchingExcluded: boolean;
  /**
   * Where the member's direct messages go: only their accounts on these platforms (their choice in /settings).
   * Null or absent: every platform they linked.
   */
  readonly notifyPlatforms?: readonly Platform[] | null;
  readonly notes: string;
  readonly createdAt: Date;
  readonly deletedAt: Date | null;
}

/** A Discord or Slack user linked to one member; `workspaceId` is the Discord guild or Slack team. */
export interface PlatformAccount {
  readonly communityId: string;
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly platformUserId: string;
  readonly memberId: string;
  readonly linkedAt: Date;
}

/** `guest`: an invited expert (嘉宾) who answers questions routed to them and hosts guest talks, nothing else. */
export const STAFF_ROLES = ['owner', 'moderator', 'coach', 'guest'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffAssignment {
  readonly communityId: string;
  readonly memberId: string;
  readonly role: StaffRole;
  readonly grantedAt: Date;
}

/** Turns a display name into a handle: lowercase latin letters, digits and dashes, or CJK kept as is. */
export function handleFrom(displayName: string): string {
  const base = displayName
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
  return base || 'member';
}
