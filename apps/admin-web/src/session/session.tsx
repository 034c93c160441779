import { createContext, useContext } from 'react';
import type { Session, StaffRole } from '../api/types.js';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in staff member (inside the signed-in layout only). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a session');
  return session;
}

/** Owners may do everything; others need one of the roles. Mirrors the core's requireRole for hiding UI. */
export function can(session: Session, roles: readonly StaffRole[]): boolean {
  return session.roles.includes('owner') || roles.some((role) => session.roles.includes(role));
}
