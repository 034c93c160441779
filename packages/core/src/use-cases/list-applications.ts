import type { Application, ApplicationStatus } from '../domain/application.js';
import type { Page } from '../ports/page.js';
import { pageRequest } from '../ports/page.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

/** The vetting queue (or any status), a page at a time. */
export async function listApplications(
  deps: Pick<Ports, 'applications'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly status?: ApplicationStatus | null;
    readonly limit?: number;
    readonly offset?: number;
  },
): Promise<Page<Application>> {
  requireRole(input.actor, input.communityId, ['moderator']);
  return deps.applications.list(input.communityId, input.status ?? null, pageRequest(input.limit, input.offset));
}
