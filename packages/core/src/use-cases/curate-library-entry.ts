import type { LibraryEntry } from '../domain/library.js';
import { DomainError } from '../errors/domain-error.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, actorId, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { cleanLibraryTags } from '../rules/library-tags.js';
import { cleanText } from '../rules/text.js';
import { notifyMember } from './notify-member.js';

const texts = {
  title: { en: 'Your message is in the club library', 'zh-CN': '你的消息被收入社群精华' },
  text: {
    en: 'Staff added your message to the library as “{title}”. Thank you for sharing it; it counts as your contribution.',
    'zh-CN': '工作人员把你的消息以“{title}”收入了精华库。感谢分享，这计入你的价值贡献。',
  },
} as const satisfies Catalogue;

export type LibraryCuration =
  | { readonly approve: true }
  | { readonly remove: true }
  | { readonly title?: string; readonly tags?: string | readonly string[] };

/**
 * Staff curate the library: approve a saved message (its author, if a member, is credited a contribution and told
 * once by DM), edit its title and tags, or remove it. Audited. Returns null when removed.
 */
export async function curateLibraryEntry(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'contributions' | 'deliveries' | 'library' | 'members'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly entryId: string } & LibraryCuration,
): Promise<LibraryEntry | null> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const now = deps.clock.now();
  const title =
    'title' in input && input.title !== undefined ? cleanText(input.title, 'title', 200, { required: true }) : null;
  const tags = 'tags' in input && input.tags !== undefined ? cleanLibraryTags(input.tags) : null;
  const result = await deps.uow.run(async (repos) => {
    const before = await repos.library.get(input.communityId, input.entryId);
    if (!before) throw new DomainError('library.not_found', { entryId: input.entryId });
    if ('remove' in input && input.remove) {
      await repos.library.remove(before.communityId, before.id);
      await writeAudit(repos, deps, {
        actor: input.actor,
        action: 'library.remove',
        targetType: 'library',
        targetId: before.id,
        before: { title: before.title, status: before.status },
        after: null,
      });
      return { after: null, approvedNow: false };
    }
    const approve = 'approve' in input && input.approve && before.status !== 'approved';
    const after: LibraryEntry = {
      ...before,
      title: title ?? before.title,
      tags: tags ?? before.tags,
      ...(approve ? { status: 'approved' as const, reviewedBy: actorId(input.actor), reviewedAt: now } : {}),
    };
    await repos.library.update(after);
    if (approve && after.authorId) {
      await repos.contributions.record({
        id: deps.ids.id(),
        communityId: after.communityId,
        memberId: after.authorId,
        kind: 'library',
        sourceId: after.id,
        points: 1,
        at: now,
      });
    }
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: approve ? 'library.approve' : 'library.edit',
      targetType: 'library',
      targetId: after.id,
      before: { title: before.title, tags: before.tags, status: before.status },
      after: { title: after.title, tags: after.tags, status: after.status },
    });
    return { after, approvedNow: approve };
  });
  const { after, approvedNow } = result;
  if (after && approvedNow && after.authorId) {
    // The approval stands even if the DM fails for now; the delivery key keeps a retry from repeating it.
    await notifyMember(deps, {
      communityId: after.communityId,
      memberId: after.authorId,
      key: `library-accepted:${after.id}`,
      kind: 'library.accepted',
      message: ({ locale }) => ({
        title: translate(texts, locale, 'title'),
        text: translate(texts, locale, 'text', { title: after.title }),
      }),
    }).catch(() => undefined);
  }
  return after;
}
