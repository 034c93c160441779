import type { AuditEntry } from '../domain/audit.js';
import type { AuditQuery } from '../ports/audit.repository.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { decodeCursor, encodeCursor } from '../rules/keyset-cursor.js';
import { cleanId, cleanText } from '../rules/text.js';

/**
 * The audit log, newest first, filtered by action, actor or target. `after` (the previous page's `nextCursor`)
 * pages by keyset, so a deep page of a long log costs what the first does; `offset` still works for jumping.
 */
export async function listAuditEntries(
  deps: Pick<Ports, 'audit'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly action?: string | null;
    readonly actorId?: string | null;
    readonly targetId?: string | null;
    readonly limit?: number;
    readonly offset?: number;
    /** `nextCursor` of the previous page. */
    readonly after?: string | null;
  },
): Promise<Page<AuditEntry> & { readonly nextCursor: string | null }> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const action = cleanText(input.action, 'action', 80);
  const actorId = cleanId(input.actorId, 'actorId');
  const targetId = cleanId(input.targetId, 'targetId');
  const query: AuditQuery = {
    ...(action ? { action } : {}),
    ...(actorId ? { actorId } : {}),
    ...(targetId ? { targetId } : {}),
  };
  const after = input.after ? decodeCursor(input.after) : null;
  const page = pageRequest(input.limit, after ? 0 : input.offset);
  const found = await deps.audit.list(input.communityId, query, page, after);
  const last = found.items.at(-1);
  return { ...found, nextCursor: last && found.items.length === page.limit ? encodeCursor(last) : null };
}
