import type { Platform } from '../domain/member.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

/**
 * Privacy: the original chat message was deleted, so its library copy goes too; an erased author's entries stop
 * naming them (`anonymiseLibraryAuthor`). For the platform adapters and the erasure job (system actor).
 */
export async function forgetLibraryMessage(
  deps: Uow<'library'> & Pick<Ports, 'clock'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly platform: Platform;
    readonly workspaceId: string;
    readonly messageId: string;
  },
): Promise<boolean> {
  requireRole(input.actor, input.communityId, []);
  return deps.uow.run((repos) =>
    repos.library.removeMessage(input.communityId, input.platform, input.workspaceId, input.messageId),
  );
}

/** Privacy: an erased member's library entries keep the approved text but no longer name or link them. */
export async function anonymiseLibraryAuthor(
  deps: Uow<'library'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string },
): Promise<number> {
  requireRole(input.actor, input.communityId, []);
  return deps.uow.run((repos) => repos.library.anonymiseAuthor(input.communityId, input.memberId, ''));
}
