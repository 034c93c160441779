import type { StaffRole } from './member.js';

/** A one-time code that links a second platform account to an existing member. */
export interface LinkCode {
  readonly code: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly expiresAt: Date;
}

/** A one-time admin-panel sign-in link: only its hash is stored. */
export interface LoginLink {
  readonly tokenHash: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly role: StaffRole;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
}

export interface AdminSession {
  readonly idHash: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly createdAt: Date;
  /** The role of the login link that opened it: the session acts with this role only (null: every held role). */
  readonly role?: StaffRole | null;
}

/** The secret of a member's calendar feed URL: only its hash is stored; rotating it replaces the old one. */
export interface CalendarToken {
  readonly tokenHash: string;
  readonly communityId: string;
  readonly memberId: string;
  readonly createdAt: Date;
}
