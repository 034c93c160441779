import { memberActionId } from '../domain/action-id.js';
import { keyInstant } from '../domain/delivery-key.js';
import { followUpPending, introFollowUpKey } from '../domain/intro-follow-up.js';
import { DomainError } from '../errors/domain-error.js';
import { formatDate } from '../i18n/format-date-time.js';
import { introText } from '../i18n/intro-messages.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type NotifyStatus, notifyMember } from './notify-member.js';

/** Why a follow-up job sent nothing. */
export type IntroFollowUpSkipReason = 'closed' | 'answered' | 'superseded' | 'not_due' | 'not_party';

export interface SendIntroFollowUpResult {
  /** The delivery key asked about; null when the introduction has no follow-up date. */
  readonly key: string | null;
  readonly status: NotifyStatus;
  readonly reason: IntroFollowUpSkipReason | null;
}

/** Jobs may fire a little before their time on a host whose clock runs ahead. */
const EARLY_TOLERANCE_MS = 5 * 60_000;

/**
 * Asks one member of an introduction "did this lead to business?" once its `followUpAt` has come: Yes opens
 * the /deal form for it (`deal:start:<id>`), We met records the meeting (`intros:met:<id>`, until they said so), Not yet and No are answered by `answerIntroFollowUp`
 * (`intros:notyet|nodeal:<id>.<followUpAt>`). Sent once per `intro-follow-up:<id>:<member>:<followUpAt>`.
 * Skips an introduction that is no longer introduced, whose follow-up was answered with a deal or a no, or
 * whose `followUpAt` moved since the job was planned (`expectedFollowUpAt`, from the job's key).
 */
export async function sendIntroFollowUp(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'introductions' | 'members'> &
    Pick<Ports, 'clock' | 'messenger'>,
  input: {
    readonly communityId: string;
    readonly introductionId: string;
    readonly memberId: string;
    readonly expectedFollowUpAt?: Date;
  },
): Promise<SendIntroFollowUpResult> {
  const now = deps.clock.now();
  const checked = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    const intro = community ? await repos.introductions.get(community.id, input.introductionId) : null;
    if (!community || !intro) throw new DomainError('intro.not_found');
    if (intro.memberA !== input.memberId && intro.memberB !== input.memberId) return 'not_party' as const;
    if (intro.status !== 'introduced' || !intro.followUpAt) return 'closed' as const;
    if (!followUpPending(intro)) return 'answered' as const;
    if (input.expectedFollowUpAt && input.expectedFollowUpAt.getTime() !== intro.followUpAt.getTime()) {
      return 'superseded' as const;
    }
    if (intro.followUpAt.getTime() > now.getTime() + EARLY_TOLERANCE_MS) return 'not_due' as const;
    const otherId = intro.memberA === input.memberId ? intro.memberB : intro.memberA;
    const other = await repos.members.get(community.id, otherId);
    return { intro, followUpAt: intro.followUpAt, otherName: other && !other.deletedAt ? other.displayName : null };
  });
  if (typeof checked === 'string') return { key: null, status: 'skipped', reason: checked };
  const { intro, followUpAt, otherName } = checked;
  const metAlready = Boolean(intro.memberA === input.memberId ? intro.metA : intro.metB);
  const key = introFollowUpKey(intro.id, input.memberId, followUpAt);
  // The question the Not yet / No buttons answer: another followUpAt is another question.
  const asked = `${intro.id}.${keyInstant(followUpAt)}`;
  const result = await notifyMember(deps, {
    communityId: input.communityId,
    memberId: input.memberId,
    key,
    kind: 'intro.follow_up',
    message: ({ locale, timezone }): OutboundMessage => ({
      title: introText(locale, 'intro.follow_up.title'),
      text: introText(locale, 'intro.follow_up.text', {
        date: formatDate(intro.introducedAt ?? intro.createdAt, timezone, locale),
        name: otherName ?? '—',
      }),
      buttons: [
        {
          action: memberActionId('dealStart', intro.id),
          label: introText(locale, 'intro.button.follow_up_yes'),
          style: 'primary',
        },
        // "Did you meet?" is its own answer: it counts in the funnel even when no deal (yet) came of it.
        ...(metAlready
          ? []
          : [{ action: memberActionId('introMet', intro.id), label: introText(locale, 'intro.button.met') }]),
        { action: memberActionId('followUpNotYet', asked), label: introText(locale, 'intro.button.follow_up_not_yet') },
        {
          action: memberActionId('followUpNo', asked),
          label: introText(locale, 'intro.button.follow_up_no'),
          style: 'secondary',
        },
      ],
    }),
  });
  return { key, status: result.status, reason: null };
}
