import type { AuditEntry } from '../domain/audit.js';
import type { AuditQuery } from '../ports/audit.repository.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { cleanId, cleanText } from '../rules/text.js';

/** The audit log, newest first, filtered by action, actor or target. */
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
  },
): Promise<Page<AuditEntry>> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const action = cleanText(input.action, 'action', 80);
  const actorId = cleanId(input.actorId, 'actorId');
  const targetId = cleanId(input.targetId, 'targetId');
  const query: AuditQuery = {
    ...(action ? { action } : {}),
    ...(actorId ? { actorId } : {}),
    ...(targetId ? { targetId } : {}),
  };
  return deps.audit.list(input.communityId, query, pageRequest(input.limit, input.offset));
}
