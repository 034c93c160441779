import type { FaqEntry } from '../domain/faq.js';
import type { Page } from '../ports/page.js';
import { pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';

/** The club FAQ for staff to curate, newest first, a page at a time. */
export async function listFaq(
  deps: Uow<'faq'> & Pick<Ports, 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly limit?: number; readonly offset?: number },
): Promise<Page<FaqEntry>> {
  requireRole(input.actor, input.communityId, ['coach', 'moderator']);
  const page = pageRequest(input.limit, input.offset);
  return deps.uow.run((repos) => repos.faq.list(input.communityId, page));
}
