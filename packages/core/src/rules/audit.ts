import type { Ports, Repositories } from '../ports/ports.js';
import { type Actor, actorId, actorLabel } from './actor.js';

export interface AuditInput {
  readonly actor: Actor;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Appends an audit entry inside the caller's transaction. */
export async function writeAudit(
  repos: Pick<Repositories, 'audit'>,
  deps: Pick<Ports, 'clock' | 'ids'>,
  input: AuditInput,
): Promise<void> {
  await repos.audit.add({
    id: deps.ids.id(),
    communityId: input.actor.communityId,
    actorId: actorId(input.actor),
    actorLabel: actorLabel(input.actor),
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    before: input.before ?? null,
    after: input.after ?? null,
    at: deps.clock.now(),
  });
}
