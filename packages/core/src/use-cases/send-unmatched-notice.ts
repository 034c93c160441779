import { type UnmatchedReason, unmatchedNoticeKey } from '../domain/unmatched-notice.js';
import { DomainError } from '../errors/domain-error.js';
import { introText } from '../i18n/intro-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

const REASONS: readonly UnmatchedReason[] = ['paused', 'no_offers', 'no_needs', 'no_match'];

/**
 * Tells a member a matching round found nobody for them, why, and the one thing that would help (job
 * `matching.unmatched`, id = the delivery key `unmatched:<member>:<reason>:<YYYY-MM>`), at most once per key.
 */
export async function sendUnmatchedNotice(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> & Pick<Ports, 'clock' | 'messenger'>,
  input: {
    readonly communityId: string;
    readonly memberId: string;
    readonly reason: UnmatchedReason;
    readonly key: string;
  },
): Promise<NotifyResult> {
  if (!REASONS.includes(input.reason)) {
    throw new DomainError('validation.invalid', { field: 'reason', reason: REASONS.join(', ') });
  }
  // The key is the job's: only a key of this member and reason is accepted, so a job cannot pick another's.
  const prefix = unmatchedNoticeKey(input.memberId, input.reason, new Date(0)).slice(0, -7);
  if (!input.key.startsWith(prefix) || !/^\d{4}-\d{2}$/.test(input.key.slice(prefix.length))) {
    throw new DomainError('validation.invalid', { field: 'key', reason: `${prefix}YYYY-MM` });
  }
  return notifyMember(deps, {
    communityId: input.communityId,
    memberId: input.memberId,
    key: input.key,
    kind: 'matching.unmatched',
    message: ({ locale }) => ({
      title: introText(locale, 'unmatched.title'),
      text: introText(locale, `unmatched.${input.reason}`),
    }),
  });
}
