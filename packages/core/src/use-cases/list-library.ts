import type { LibraryEntry, LibraryStatus } from '../domain/library.js';
import type { Page } from '../ports/page.js';
import { pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { cleanLibraryTags } from '../rules/library-tags.js';

/** The library for staff to curate: by status and tag, newest saved first, with how often each was opened. */
export async function listLibrary(
  deps: Uow<'library'> & Pick<Ports, 'clock'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly status?: LibraryStatus | null;
    readonly tag?: string | null;
    readonly limit?: number;
    readonly offset?: number;
  },
): Promise<Page<LibraryEntry>> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const [tag] = input.tag ? cleanLibraryTags(input.tag) : [];
  const page = pageRequest(input.limit, input.offset);
  return deps.uow.run((repos) =>
    repos.library.list(input.communityId, { status: input.status ?? null, tag: tag ?? null }, page),
  );
}
