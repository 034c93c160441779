import { memberActionId } from '../domain/action-id.js';
import { introGroupKey } from '../domain/intro-follow-up.js';
import { type IntroNudgeKind, introNudgeKey, introNudgesDue } from '../domain/intro-nudge.js';
import type { Introduction } from '../domain/introduction.js';
import type { PlatformAccount } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import { formatDate } from '../i18n/format-date-time.js';
import { introText } from '../i18n/intro-messages.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { INTRO_RESPONSE_DAYS } from '../rules/intro-answer.js';
import { heldElsewhere, type NotifyStatus, notifyMember, recipientOf, takeDelivery } from './notify-member.js';

const DAY_MS = 86_400_000;

export interface SendIntroNudgeResult {
  readonly key: string;
  /** `skipped` when the notice is no longer due (the member answered meanwhile, the proposal closed...). */
  readonly status: NotifyStatus;
}

/**
 * Sends one loop notice (job `intro.nudge`, id = the delivery key `intro-<kind>:<id>:<member>`), once, after
 * checking it is still due on the row (`introNudgesDue`): a reminder with Accept / Decline to a member who has
 * not answered a proposal that closes soon, or word that a proposal did not go ahead (never saying whether it
 * was declined or ran out of time), with what would help the next round.
 */
export async function sendIntroNudge(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'introductions' | 'members'> &
    Pick<Ports, 'clock' | 'messenger'>,
  input: {
    readonly communityId: string;
    readonly introductionId: string;
    readonly memberId: string;
    readonly kind: IntroNudgeKind;
  },
): Promise<SendIntroNudgeResult> {
  let key = introNudgeKey(input.kind, input.introductionId, input.memberId);
  const now = deps.clock.now();
  const checked = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    const intro = community ? await repos.introductions.get(community.id, input.introductionId) : null;
    if (!community || !intro) throw new DomainError('intro.not_found');
    const due = introNudgesDue(intro, now).some((n) => n.memberId === input.memberId && n.kind === input.kind);
    if (!due) return null;
    // A pair of a group of three: one notice per member for the group (its key), naming both others.
    const pairs = intro.groupId ? await repos.introductions.listGroup(community.id, intro.groupId) : [intro];
    const otherIds = [
      ...new Set(
        pairs
          .filter((p) => p.memberA === input.memberId || p.memberB === input.memberId)
          .map((p) => (p.memberA === input.memberId ? p.memberB : p.memberA)),
      ),
    ];
    const names: string[] = [];
    for (const id of otherIds) {
      const other = await repos.members.get(community.id, id);
      if (other && !other.deletedAt) names.push(other.displayName);
    }
    return { intro, names };
  });
  if (checked?.intro.groupId) {
    // Groups are put in one conversation of three, which the quiet nudge of a pair does not know.
    if (input.kind === 'quiet') return { key, status: 'skipped' };
    key = introNudgeKey(input.kind, checked.intro.groupId, input.memberId);
  }
  if (!checked) return { key, status: 'skipped' };
  if (input.kind === 'quiet') return { key, status: await nudgeQuiet(deps, input.communityId, checked.intro, key) };
  const { intro, names } = checked;
  const otherName = (locale: string) => (names.length ? names.join(locale === 'en' ? ' and ' : '、') : null);
  const closesAt = new Date(intro.createdAt.getTime() + INTRO_RESPONSE_DAYS * DAY_MS);
  const result = await notifyMember(deps, {
    communityId: input.communityId,
    memberId: input.memberId,
    key,
    kind: `intro.${input.kind}`,
    message: ({ locale, timezone }): OutboundMessage =>
      input.kind === 'reminder'
        ? {
            title: introText(locale, 'intro.reminder.title'),
            text: introText(locale, 'intro.reminder.text', {
              name: otherName(locale) ?? '—',
              date: formatDate(closesAt, timezone, locale),
            }),
            buttons: [
              {
                action: memberActionId('introAccept', intro.id),
                label: introText(locale, 'intro.button.accept'),
                style: 'primary',
              },
              {
                action: memberActionId('introDecline', intro.id),
                label: introText(locale, 'intro.button.decline'),
                style: 'danger',
              },
            ],
          }
        : {
            title: introText(locale, 'intro.closed.title'),
            text: introText(locale, 'intro.closed.text', { name: otherName(locale) ?? '—' }),
          },
  });
  return { key, status: result.status };
}

/**
 * The quiet nudge: only where both were put in one conversation (`intro-group:<id>` sent) and the platform
 * says neither wrote there since (`Messenger.spokeSince`); posted in that conversation, in each one's language,
 * once under its key. Anything else (the platform cannot tell, someone wrote) sends nothing.
 */
async function nudgeQuiet(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> & Pick<Ports, 'clock' | 'messenger'>,
  communityId: string,
  intro: Introduction,
  key: string,
): Promise<NotifyStatus> {
  const { messenger } = deps;
  if (!messenger.introduce || !messenger.spokeSince || !intro.introducedAt) return 'skipped';
  const loaded = await deps.uow.run(async (repos) => {
    const [group, community] = await Promise.all([
      repos.deliveries.get(introGroupKey(intro.id)),
      repos.communities.get(communityId),
    ]);
    if (group?.status !== 'sent' || !community) return null;
    const [a, b] = await Promise.all([
      repos.members.get(communityId, intro.memberA),
      repos.members.get(communityId, intro.memberB),
    ]);
    if (!a || !b || a.deletedAt || b.deletedAt) return null;
    const [accountsA, accountsB] = await Promise.all([
      repos.accounts.listForMember(communityId, a.id),
      repos.accounts.listForMember(communityId, b.id),
    ]);
    const pairs: (readonly PlatformAccount[])[] = [];
    for (const mine of accountsA) {
      const theirs = accountsB.find((o) => o.platform === mine.platform && o.workspaceId === mine.workspaceId);
      if (theirs) pairs.push([mine, theirs]);
    }
    return { community, a, b, pairs };
  });
  if (!loaded) return 'skipped';
  let conversation: readonly PlatformAccount[] | null = null;
  for (const accounts of loaded.pairs) {
    const spoke = await messenger.spokeSince(accounts, intro.introducedAt);
    if (spoke === true) return 'skipped';
    if (spoke === false) {
      conversation = accounts;
      break;
    }
  }
  if (!conversation) return 'skipped';
  const { delivery, held } = await deps.uow.run((repos) =>
    takeDelivery(repos, {
      key,
      communityId,
      memberId: intro.memberA,
      kind: 'intro.quiet',
      status: 'pending',
      attempts: 0,
      error: null,
      createdAt: deps.clock.now(),
      sentAt: null,
    }),
  );
  if (delivery.status !== 'pending') return delivery.status === 'sent' ? 'already_sent' : 'failed';
  if (!held) throw heldElsewhere(key);
  const locales = [...new Set([loaded.a, loaded.b].map((m) => recipientOf(loaded.community, m).locale))];
  const params = { a: loaded.a.displayName, b: loaded.b.displayName };
  const message: OutboundMessage = {
    title: locales.map((l) => introText(l, 'intro.quiet.title')).join(' · '),
    text: locales.map((l) => introText(l, 'intro.quiet.text', params)).join('\n\n'),
  };
  try {
    if (!(await messenger.introduce(conversation, message))) {
      await deps.uow.run((repos) => repos.deliveries.markFailed(key, 'cannot post in the conversation', true));
      return 'failed';
    }
  } catch (error) {
    await deps.uow.run((repos) =>
      repos.deliveries.markFailed(key, error instanceof Error ? error.message : String(error), false),
    );
    throw error;
  }
  await deps.uow.run((repos) => repos.deliveries.markSent(key, deps.clock.now()));
  return 'sent';
}
