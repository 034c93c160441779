import type { LibraryEntry } from '../domain/library.js';
import type { Platform } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { isStaff, requireMemberAccess } from '../rules/member-access.js';
import { cleanText } from '../rules/text.js';
import { curateLibraryEntry } from './curate-library-entry.js';

const TITLE_FROM_TEXT = 60;

/**
 * A member or staff saves a chat message to the club library (Discord "Save to library", Slack message shortcut):
 * its text as written (stored verbatim), a link to the original and, until someone names it, a title from its
 * first words. A staff save is approved at once (crediting and telling the author); a member's waits for staff.
 * Saving a message that is already in the library changes nothing and returns that entry.
 */
export async function saveToLibrary(
  deps: Uow<
    'accounts' | 'audit' | 'communities' | 'contributions' | 'deliveries' | 'library' | 'members' | 'memberships'
  > &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: {
    readonly actor: Actor;
    readonly platform: Platform;
    readonly workspaceId: string;
    readonly channelId: string;
    readonly messageId: string;
    /** The author's platform user id; their member is looked up from it. */
    readonly authorUserId: string;
    readonly body: string;
    readonly url?: string | null;
  },
): Promise<{ readonly entry: LibraryEntry; readonly duplicate: boolean }> {
  const savedBy = actorId(input.actor);
  if (!savedBy) throw new DomainError('auth.forbidden');
  const body = cleanText(input.body, 'message', 8000, { required: true });
  const messageId = cleanText(input.messageId, 'messageId', 200, { required: true });
  const channelId = cleanText(input.channelId, 'channelId', 200);
  const url = cleanText(input.url ?? '', 'url', 500) || null;
  const now = deps.clock.now();
  const staff = isStaff(input.actor);
  const saved = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.actor.communityId);
    await requireMemberAccess(repos, community, input.actor, now);
    const existing = await repos.library.findMessage(community.id, input.platform, input.workspaceId, messageId);
    if (existing) return { entry: existing, duplicate: true };
    const account = input.authorUserId
      ? await repos.accounts.find(input.platform, input.workspaceId, input.authorUserId)
      : null;
    const author =
      account?.communityId === community.id ? await repos.members.get(community.id, account.memberId) : null;
    const known = author && !author.deletedAt ? author : null;
    const chars = [...body.replace(/\s+/g, ' ').trim()];
    const entry: LibraryEntry = {
      id: deps.ids.id(),
      communityId: community.id,
      platform: input.platform,
      workspaceId: input.workspaceId,
      channelId,
      messageId,
      url,
      authorId: known?.id ?? null,
      authorName: known?.displayName ?? '',
      body,
      title: chars.length > TITLE_FROM_TEXT ? `${chars.slice(0, TITLE_FROM_TEXT).join('')}…` : chars.join(''),
      tags: [],
      status: 'pending',
      savedBy,
      savedAt: now,
      reviewedBy: null,
      reviewedAt: null,
      opens: 0,
    };
    await repos.library.create(entry);
    return { entry, duplicate: false };
  });
  if (saved.duplicate || !staff) return saved;
  const approved = await curateLibraryEntry(deps, {
    actor: input.actor,
    communityId: saved.entry.communityId,
    entryId: saved.entry.id,
    approve: true,
  });
  return { entry: approved ?? saved.entry, duplicate: false };
}
