import type { StaffRole } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';

/** Who is acting: a known member (with staff roles, if any), or the system itself (jobs, webhooks). */
export type Actor =
  | {
      readonly kind: 'member';
      readonly communityId: string;
      readonly memberId: string;
      readonly roles: readonly StaffRole[];
    }
  | { readonly kind: 'system'; readonly communityId: string; readonly label: string };

export function systemActor(communityId: string, label = 'system'): Actor {
  return { kind: 'system', communityId, label };
}

/** Throws `auth.staff_only` unless the actor holds one of the roles (owners may do everything). */
export function requireRole(actor: Actor, communityId: string, roles: readonly StaffRole[]): void {
  if (actor.communityId !== communityId) throw new DomainError('auth.forbidden');
  if (actor.kind === 'system') return;
  if (actor.roles.includes('owner')) return;
  if (!roles.some((role) => actor.roles.includes(role))) throw new DomainError('auth.staff_only');
}

/** A guest expert and nothing more: sees only the questions routed to them (and their talks). */
export function isGuestOnly(actor: Actor): boolean {
  return actor.kind === 'member' && actor.roles.length > 0 && actor.roles.every((role) => role === 'guest');
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'member' ? actor.memberId : null;
}

export function actorLabel(actor: Actor): string {
  return actor.kind === 'member' ? `member:${actor.memberId}` : `system:${actor.label}`;
}
