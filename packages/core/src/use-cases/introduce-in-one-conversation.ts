import type { PlatformAccount } from '../domain/member.js';
import { DeliveryError, type OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { heldElsewhere, type NotifyResult, takeDelivery } from './notify-member.js';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Puts the members of an introduction (a pair or a group of three) in one conversation when the messenger can (a
 * Slack multi-person DM), claimed once under `key`. Null when the per-person DMs are the path: no shared platform,
 * a messenger that cannot group them (the claim stays pending with the reason: nothing was sent, and nothing
 * failed that staff should see), or a permanent refusal (recorded as failed, so a retry goes straight to the DMs).
 * A transient error is rethrown for the job to retry, as sending the DMs too could introduce them twice.
 */
export async function introduceInOneConversation(
  deps: Uow<'deliveries'> & Pick<Ports, 'clock' | 'messenger'>,
  what: {
    readonly key: string;
    readonly communityId: string;
    /** The member the claim is recorded under (the first of the introduction). */
    readonly memberId: string;
    /** Each set of accounts, one per member, that could share one conversation (one platform and workspace). */
    readonly candidates: readonly (readonly PlatformAccount[])[];
    readonly message: OutboundMessage;
  },
): Promise<NotifyResult | null> {
  const { key } = what;
  if (!deps.messenger.introduce || what.candidates.length === 0) return null;
  const { delivery, held } = await deps.uow.run((repos) =>
    takeDelivery(repos, {
      key,
      communityId: what.communityId,
      memberId: what.memberId,
      kind: 'intro.introduced',
      status: 'pending',
      attempts: 0,
      error: null,
      createdAt: deps.clock.now(),
      sentAt: null,
    }),
  );
  if (delivery.status === 'sent') return { key, status: 'already_sent', delivered: 0, error: null };
  if (delivery.status === 'failed') return null;
  if (!held) throw heldElsewhere(key);
  const refused: string[] = [];
  let permanent = false;
  let retryable: unknown = null;
  for (const accounts of what.candidates) {
    try {
      if (await deps.messenger.introduce(accounts, what.message)) {
        await deps.uow.run((repos) => repos.deliveries.markSent(key, deps.clock.now()));
        return { key, status: 'sent', delivered: accounts.length, error: null };
      }
      refused.push(`${accounts[0]?.platform}: cannot group these accounts`);
    } catch (error) {
      if (error instanceof DeliveryError && error.permanent) {
        refused.push(`${accounts[0]?.platform}: ${error.message}`);
        permanent = true;
      } else retryable ??= error;
    }
  }
  if (retryable) {
    await deps.uow.run((repos) => repos.deliveries.markFailed(key, errorText(retryable), false));
    throw retryable;
  }
  await deps.uow.run((repos) => repos.deliveries.markFailed(key, refused.join('; '), permanent));
  return null;
}
