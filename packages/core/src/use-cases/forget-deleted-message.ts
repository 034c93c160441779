import type { Platform } from '../domain/member.js';
import type { Uow } from '../ports/ports.js';
import { cleanText } from '../rules/text.js';

/**
 * A chat message was deleted (or recalled) on its platform: its library copy — the entry with its stored text —
 * is removed. For the platform adapters' delete events: the club is the one the workspace is attached to; a
 * message of no club, never saved, or already forgotten changes nothing (a redelivered event is harmless).
 */
export async function forgetDeletedMessage(
  deps: Uow<'communities' | 'library'>,
  input: { readonly platform: Platform; readonly workspaceId: string; readonly messageId: string },
): Promise<{ readonly removed: boolean }> {
  const workspaceId = cleanText(input.workspaceId, 'workspace', 128, { required: true });
  const messageId = cleanText(input.messageId, 'message', 128, { required: true });
  return deps.uow.run(async (repos) => {
    const community = await repos.communities.findByWorkspace(input.platform, workspaceId);
    if (!community) return { removed: false };
    return { removed: await repos.library.removeMessage(community.id, input.platform, workspaceId, messageId) };
  });
}
