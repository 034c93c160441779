import type { Actor } from './actor.js';
import { requireRole } from './actor.js';

/** A member may export or erase their own data; moderators and owners may do it for any member of their club. */
export function requirePrivacyAccess(actor: Actor, communityId: string, memberId: string): void {
  if (actor.kind === 'member' && actor.communityId === communityId && actor.memberId === memberId) return;
  requireRole(actor, communityId, ['moderator']);
}
