import { communityName } from '../domain/community.js';
import { privacyText } from '../i18n/privacy-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { systemActor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { recentChatAuthorKey, recentChatChannelKeyPrefix } from '../rules/recent-chat-key.js';

export type ErasureOutcome = 'erased' | 'not_due' | 'already_done' | 'cancelled' | 'unknown';

/**
 * Carries out one erasure request once due: erases or anonymises the member everywhere in one transaction,
 * audits it (by id only), marks the request done, forgets the member's recent chat messages kept for moderation
 * (Redis), then tells the member on the accounts they had linked.
 * Safe to run twice (a retried job): a done request is left alone.
 */
export async function carryOutErasure(
  deps: Uow<'accounts' | 'audit' | 'communities' | 'members' | 'privacy'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger'> &
    Partial<Pick<Ports, 'recentMessages'>>,
  input: { readonly communityId: string; readonly requestId: string },
): Promise<ErasureOutcome> {
  const now = deps.clock.now();
  const done = await deps.uow.run(async (repos) => {
    const request = await repos.privacy.getErasure(input.communityId, input.requestId);
    if (!request) return 'unknown' as const;
    if (request.status === 'done') return 'already_done' as const;
    if (request.status === 'cancelled') return 'cancelled' as const;
    if (request.dueAt.getTime() > now.getTime()) return 'not_due' as const;
    const community = await repos.communities.get(request.communityId);
    const member = await repos.members.get(request.communityId, request.memberId);
    // Read before the erasure removes them: where and how to tell the member it is done.
    const accounts = await repos.accounts.listForMember(request.communityId, request.memberId);
    const locale = member?.locale ?? community?.settings.defaultLocale ?? 'en';
    await repos.privacy.eraseMember({
      communityId: request.communityId,
      memberId: request.memberId,
      placeholderHandle: `former-${request.id.replace(/-/g, '')}`,
      at: now,
    });
    await repos.privacy.updateErasure({ ...request, status: 'done', completedAt: now });
    await writeAudit(repos, deps, {
      actor: systemActor(request.communityId, 'privacy'),
      action: 'privacy.erase.done',
      targetType: 'member',
      targetId: request.memberId,
      after: { requestId: request.id },
    });
    return { accounts, locale, club: community ? communityName(community, locale) : '' };
  });
  if (typeof done === 'string') return done;
  // Their words in moderation's window go now rather than when the window expires (minutes). Should Redis be out
  // at this moment, the keys still expire by themselves: the window never outlives its few minutes.
  if (deps.recentMessages) {
    const store = deps.recentMessages;
    await Promise.all([
      store.forget(done.accounts.map((account) => recentChatAuthorKey(account.communityId, account))),
      // Their messages among everyone's in the channels' windows (a case's context) go too.
      store.forgetAuthorsIn(
        recentChatChannelKeyPrefix(input.communityId),
        done.accounts.map((account) => account.platformUserId),
      ),
    ]).catch(() => undefined);
  }
  const message = {
    title: privacyText(done.locale, 'erasureDoneTitle'),
    text: privacyText(done.locale, 'erasureDone', { club: done.club }),
  };
  // Not recorded in deliveries: that row would name the erased member's accounts again. Best effort, once.
  for (const account of done.accounts) await deps.messenger.send(account, message).catch(() => undefined);
  return 'erased';
}
