import { memberActionId } from '../domain/action-id.js';
import type { Community } from '../domain/community.js';
import { introGroupKey } from '../domain/intro-follow-up.js';
import { introDeliveryKey, introRecipients } from '../domain/intro-notice.js';
import type { Introduction } from '../domain/introduction.js';
import type { Member, PlatformAccount } from '../domain/member.js';
import type { Profile } from '../domain/profile.js';
import { DomainError } from '../errors/domain-error.js';
import { introText } from '../i18n/intro-messages.js';
import type { Locale } from '../i18n/locale.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { INTRO_RESPONSE_DAYS } from '../rules/intro-answer.js';
import { introReasonText } from '../rules/intro-reason.js';
import { introduceInOneConversation } from './introduce-in-one-conversation.js';
import { notifyIntroTrio } from './notify-intro-trio.js';
import { type NotifyResult, notifyMember, recipientOf } from './notify-member.js';

export interface NotifyIntroResult {
  readonly introductionId: string;
  /** What was announced: the proposal (Accept / Decline / Later) or the connection; null when neither. */
  readonly stage: 'proposed' | 'introduced' | null;
  readonly results: readonly NotifyResult[];
}

/** One member of an introduction as its messages need them. */
export interface Side {
  readonly member: Member;
  readonly profile: Profile | null;
  readonly accounts: readonly PlatformAccount[];
}

const SUMMARY_MAX = 300;

function clip(text: string): string {
  const chars = [...text];
  return chars.length > SUMMARY_MAX ? `${chars.slice(0, SUMMARY_MAX - 1).join('')}…` : text;
}

// The other member's summary: only fields they filled in.
export function summaryFields(other: Side, locale: Locale) {
  const p = other.profile;
  if (!p) return [];
  const fields = [
    ['intro.field.company', p.company],
    ['intro.field.role', p.role],
    ['intro.field.industry', p.industry],
    ['intro.field.region', p.region],
    ['intro.field.offers', p.offers],
    ['intro.field.needs', p.needs],
  ] as const;
  return fields
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => ({ name: introText(locale, key), value: clip(value) }));
}

// Platform mentions (`<@id>`) render as a clickable user on both Discord and Slack, so the field is sent
// verbatim (adapters escape everything else). Only ids the platforms gave, which hold no markup, go in it, and
// only those of the recipient's own platform and workspace: elsewhere the id resolves to nobody (or someone else).
export function mentions(other: Side, to: PlatformAccount): string {
  return other.accounts
    .filter((a) => a.platform === to.platform && a.workspaceId === to.workspaceId)
    .filter((a) => /^[A-Za-z0-9-]+$/.test(a.platformUserId))
    .map((a) => `${a.platform === 'discord' ? 'Discord' : 'Slack'}: <@${a.platformUserId}>`)
    .join('\n');
}

// The contact details the other agreed to give an introduced member: their own words, so a plain field.
function reachField(me: Side, other: Side, shared: boolean, locale: Locale) {
  const name = introText(locale, 'intro.field.reach');
  const given = other.profile?.contactForIntros.trim() ?? '';
  if (given) return [{ name, value: given }];
  if (shared) return [];
  const params = { name: other.member.displayName };
  const key = me.profile?.contactForIntros.trim() ? 'intro.no_contact.yours_sent' : 'intro.no_contact.none';
  return [{ name, value: introText(locale, key, params) }];
}

function proposal(intro: Introduction, me: Side, other: Side, locale: Locale): OutboundMessage {
  // A member asked for it (`/intros propose`): say who asked, and show their own words as their reason.
  const requested = Boolean(intro.proposedBy && intro.proposedBy === other.member.id);
  return {
    title: introText(locale, requested ? 'intro.requested.title' : 'intro.proposed.title'),
    text: `${introText(locale, requested ? 'intro.requested.text' : 'intro.proposed.text', { name: other.member.displayName })}\n${introText(locale, 'intro.proposed.hint', { days: INTRO_RESPONSE_DAYS })}`,
    fields: [
      ...summaryFields(other, locale),
      {
        name: introText(locale, requested ? 'intro.field.their_reason' : 'intro.field.why'),
        value: introReasonText(intro, me.member.id, locale),
      },
    ],
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
      {
        action: memberActionId('introSnooze', intro.id),
        label: introText(locale, 'intro.button.snooze'),
        style: 'secondary',
      },
    ],
  };
}

/** The connection DM for one of `me`'s accounts: mentions that resolve there, and the other's contact details. */
function connection(
  intro: Introduction,
  me: Side,
  other: Side,
  to: { readonly locale: Locale; readonly account: PlatformAccount; readonly shared: boolean },
  followUpDays: number,
): OutboundMessage {
  const { locale } = to;
  const reach = mentions(other, to.account);
  return {
    title: introText(locale, 'intro.introduced.title'),
    text: introText(locale, 'intro.introduced.text', { name: other.member.displayName, days: followUpDays }),
    fields: [
      ...summaryFields(other, locale),
      ...(reach ? [{ name: introText(locale, 'intro.field.contact'), value: reach, verbatim: true }] : []),
      ...reachField(me, other, to.shared, locale),
      { name: introText(locale, 'intro.field.why'), value: introReasonText(intro, me.member.id, locale) },
    ],
  };
}

/** One account of each member on the same platform and workspace, per platform both use. */
function sharedAccounts(a: Side, b: Side): (readonly PlatformAccount[])[] {
  const pairs: (readonly PlatformAccount[])[] = [];
  for (const mine of a.accounts) {
    const theirs = b.accounts.find((o) => o.platform === mine.platform && o.workspaceId === mine.workspaceId);
    if (theirs && !pairs.some(([x]) => x?.platform === mine.platform && x.workspaceId === mine.workspaceId)) {
      pairs.push([mine, theirs]);
    }
  }
  return pairs;
}

// One message for both: in their language, or in both languages when they differ (the club's first).
function together(community: Community, sides: readonly [Side, Side]) {
  const wanted = new Set(sides.map((s) => recipientOf(community, s.member).locale));
  const locales = [...wanted].sort(
    (x, y) => Number(y === community.settings.defaultLocale) - Number(x === community.settings.defaultLocale),
  );
  const primary = locales[0] ?? community.settings.defaultLocale;
  // Names only: both are in the conversation, and Slack shows mentions in bot text escaped, not as links.
  const params = {
    a: sides[0].member.displayName,
    b: sides[1].member.displayName,
    days: community.settings.introFollowUpDays,
  };
  return {
    title: locales.map((l) => introText(l, 'intro.group.title')).join(' · '),
    text: locales.map((l) => introText(l, 'intro.group.text', params)).join('\n\n'),
    fields: sides.map((s) => ({
      name: s.member.displayName,
      value:
        summaryFields(s, primary)
          .map((f) => `${f.name}: ${f.value}`)
          .join('\n') || '—',
    })),
  } satisfies OutboundMessage;
}

/**
 * Introduces both members in one conversation when the messenger can (a Slack multi-person DM), once under
 * `intro-group:<id>`. Null when the per-person DMs are the path: no shared platform, a messenger that cannot
 * group them (the claim stays pending with the reason: nothing was sent, and nothing failed that staff should
 * see), or a permanent refusal (recorded as failed, so a retry goes straight to the DMs). A transient error is
 * rethrown for the job to retry, as sending the DMs too could introduce them twice.
 */
async function introduceTogether(
  deps: Uow<'deliveries'> & Pick<Ports, 'clock' | 'messenger'>,
  community: Community,
  intro: Introduction,
  a: Side,
  b: Side,
): Promise<NotifyResult | null> {
  return introduceInOneConversation(deps, {
    key: introGroupKey(intro.id),
    communityId: community.id,
    memberId: a.member.id,
    candidates: sharedAccounts(a, b),
    message: together(community, [a, b]),
  });
}

/**
 * Announces an introduction to both members by direct message, in each one's language and from each
 * one's point of view: while `proposed`, the other's summary, why, and Accept / Decline / Later buttons
 * (`intros:accept:<id>`..., answered by the /intros command); once `introduced`, how to reach the other: a
 * mention on the recipient's own platform and workspace, and the contact details the other gave for
 * introductions (or, with neither platform nor details in common, what to do). Each
 * message has its own delivery key (`intro:<id>:<member>`, `intro-introduced:<id>:<member>`), claimed before
 * sending, so a retried job never sends one twice. Declined and expired introductions announce nothing.
 * The connection first tries one conversation with both (`Messenger.introduce`, under `intro-group:<id>`;
 * see `introduceTogether`) and falls back to the per-person DMs with the other's contact.
 */
export async function notifyIntro(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'introductions' | 'members' | 'profiles'> &
    Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly introductionId: string },
): Promise<NotifyIntroResult> {
  const loaded = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    const intro = community ? await repos.introductions.get(community.id, input.introductionId) : null;
    if (!community || !intro) throw new DomainError('intro.not_found');
    const side = async (memberId: string): Promise<Side | null> => {
      const member = await repos.members.get(community.id, memberId);
      if (!member || member.deletedAt) return null;
      return {
        member,
        profile: await repos.profiles.get(community.id, memberId),
        accounts: await repos.accounts.listForMember(community.id, memberId),
      };
    };
    return { community, intro, a: await side(intro.memberA), b: await side(intro.memberB) };
  });
  const { community, intro, a, b } = loaded;
  // One pair of a group of three: the group is announced as one (its keys make a second call harmless).
  if (intro.groupId) {
    const group = await notifyIntroTrio(deps, { communityId: community.id, groupId: intro.groupId });
    return { introductionId: intro.id, stage: group.stage, results: group.results };
  }
  const stage = intro.status === 'proposed' || intro.status === 'introduced' ? intro.status : null;
  if (!stage || !a || !b) return { introductionId: intro.id, stage: null, results: [] };
  if (stage === 'introduced') {
    const group = await introduceTogether(deps, community, intro, a, b);
    if (group) return { introductionId: intro.id, stage, results: [group] };
  }
  // Without a shared platform, mentions cannot connect them: the contact details they gave are the way.
  const shared = sharedAccounts(a, b).length > 0;
  const results: NotifyResult[] = [];
  for (const [me, other] of [
    [a, b],
    [b, a],
  ] as const) {
    // A member who asked for the introduction accepted by asking: only the other is asked.
    if (!introRecipients(intro, stage).includes(me.member.id)) continue;
    results.push(
      await notifyMember(deps, {
        communityId: community.id,
        memberId: me.member.id,
        key: introDeliveryKey(stage, intro.id, me.member.id),
        kind: stage === 'proposed' ? 'intro.proposed' : 'intro.introduced',
        message: (recipient, account) =>
          stage === 'proposed'
            ? proposal(intro, me, other, recipient.locale)
            : connection(
                intro,
                me,
                other,
                { locale: recipient.locale, account, shared },
                community.settings.introFollowUpDays,
              ),
      }),
    );
  }
  return { introductionId: intro.id, stage, results };
}
