import type { AdminSession, LinkCode, LoginLink } from '../domain/auth.js';

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
}
