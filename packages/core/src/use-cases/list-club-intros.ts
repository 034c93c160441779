import type { Introduction, IntroStatus } from '../domain/introduction.js';
import { type Page, pageRequest } from '../ports/page.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { introReason } from '../rules/intro-reason.js';
import { decodeCursor, encodeCursor } from '../rules/keyset-cursor.js';
import { loadCommunity } from '../rules/load.js';
import { type IntroListItem, introGroupOf } from './list-intros.js';

/**
 * A page of the whole club's introductions (moderators), newest first, each with its deals: the page and the
 * count come from the repository, so a big club is never loaded to be filtered or counted. A group introduction
 * of three is one entry (`group`, with its three pairs and all their deals), counted once.
 */
export async function listClubIntros(
  deps: Uow<'communities' | 'introductions'>,
  input: {
    readonly actor: Actor;
    readonly communityId: string;
    readonly status?: IntroStatus | null;
    readonly limit?: number;
    readonly offset?: number;
    /** `nextCursor` of the previous page: pages by keyset. */
    readonly after?: string | null;
  },
): Promise<Page<IntroListItem> & { readonly nextCursor: string | null }> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const cursor = input.after ? decodeCursor(input.after) : null;
  const page = pageRequest(input.limit, cursor ? 0 : input.offset);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const after = cursor ? { createdAt: cursor.at, id: cursor.id } : null;
    const found = await repos.introductions.pageForCommunity(community.id, input.status ?? null, page, after, {
      groupsAsOne: true,
    });
    // The other pairs of this page's groups, in one query.
    const groupIds = [...new Set(found.items.flatMap((i) => (i.groupId ? [i.groupId] : [])))];
    const grouped = groupIds.length ? await repos.introductions.listGroups(community.id, groupIds) : [];
    const pairsOf = (i: Introduction) => (i.groupId ? grouped.filter((p) => p.groupId === i.groupId) : [i]);
    const deals = await repos.introductions.listDealsFor(community.id, [
      ...new Set([...found.items.map((i) => i.id), ...grouped.map((i) => i.id)]),
    ]);
    const last = found.items.at(-1);
    return {
      total: found.total,
      nextCursor: last && found.items.length === page.limit ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
      items: found.items.map((introduction) => ({
        introduction,
        counterpartId: null,
        counterpart: null,
        reason: introReason(introduction, introduction.memberA),
        ...(introduction.groupId ? { group: introGroupOf(pairsOf(introduction), null) } : {}),
        deals: deals.filter((d) => pairsOf(introduction).some((p) => p.id === d.introductionId)),
      })),
    };
  });
}
