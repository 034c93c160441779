import type { AdminSession, CalendarToken, LinkCode, LoginLink } from '../domain/auth.js';

/** One-time codes and links, and admin sessions. Only hashes of secrets are stored. */
export interface AuthRepository {
  createLinkCode(code: LinkCode): Promise<void>;
  /** Removes and returns the code, so it works once. */
  takeLinkCode(code: string): Promise<LinkCode | null>;
  createLoginLink(link: LoginLink): Promise<void>;
  /** Marks the link used and returns it, only if it was unused (single use even under races). */
  useLoginLink(tokenHash: string, at: Date): Promise<LoginLink | null>;
  createSession(session: AdminSession): Promise<void>;
  getSession(idHash: string): Promise<AdminSession | null>;
  deleteSession(idHash: string): Promise<void>;
  /** Stores the member's calendar feed token, replacing their previous one (one per member; the old URL stops working). */
  setCalendarToken(token: CalendarToken): Promise<void>;
  /** The current calendar token with this hash, or null. */
  findCalendarToken(tokenHash: string): Promise<CalendarToken | null>;
  /** Removes the member's calendar token, so their feed URL stops working. */
  deleteCalendarToken(communityId: string, memberId: string): Promise<void>;
}
