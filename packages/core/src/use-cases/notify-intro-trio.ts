import { memberActionId } from '../domain/action-id.js';
import type { Community } from '../domain/community.js';
import { type IntroTrio, trioConversationKey, trioDeliveryKey, trioFromPairs } from '../domain/intro-trio.js';
import type { Introduction } from '../domain/introduction.js';
import type { PlatformAccount } from '../domain/member.js';
import { DomainError } from '../errors/domain-error.js';
import { introText } from '../i18n/intro-messages.js';
import { trioText } from '../i18n/intro-trio-messages.js';
import type { Locale } from '../i18n/locale.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { INTRO_RESPONSE_DAYS } from '../rules/intro-answer.js';
import { introReasonText } from '../rules/intro-reason.js';
import { introduceInOneConversation } from './introduce-in-one-conversation.js';
import { mentions, type Side, summaryFields } from './notify-intro.js';
import { type NotifyResult, notifyMember, recipientOf } from './notify-member.js';

export interface NotifyIntroTrioResult {
  readonly groupId: string;
  readonly stage: 'proposed' | 'introduced' | null;
  readonly results: readonly NotifyResult[];
}

const pairOf = (trio: IntroTrio, x: string, y: string): Introduction | undefined =>
  trio.pairs.find((p) => (p.memberA === x && p.memberB === y) || (p.memberA === y && p.memberB === x));

/** The other two, each with their summary (prefixed by their name), and why `me` should meet each of them. */
function aboutOthers(trio: IntroTrio, me: Side, others: readonly [Side, Side], locale: Locale) {
  const fields = others.flatMap((o) => {
    const summary = summaryFields(o, locale)
      .map((f) => `${f.name}: ${f.value}`)
      .join('\n');
    return summary
      ? [{ name: trioText(locale, 'trio.field.member', { name: o.member.displayName }), value: summary }]
      : [];
  });
  const reasons = others.map((o) => {
    const pair = pairOf(trio, me.member.id, o.member.id);
    return { other: o, text: pair ? introReasonText(pair, me.member.id, locale) : trio.reason };
  });
  // A staff reason is the same plain text on every pair: shown once.
  if (reasons[0]?.text === reasons[1]?.text) {
    fields.push({ name: introText(locale, 'intro.field.why'), value: reasons[0]?.text ?? '' });
  } else {
    for (const r of reasons) {
      fields.push({
        name: trioText(locale, 'trio.field.why_with', { name: r.other.member.displayName }),
        value: r.text,
      });
    }
  }
  return fields;
}

function proposal(trio: IntroTrio, me: Side, others: readonly [Side, Side], locale: Locale): OutboundMessage {
  // The buttons carry one of the member's own pair introductions: `respondToIntro` answers the whole group.
  const mine = pairOf(trio, me.member.id, others[0].member.id) as Introduction;
  return {
    title: trioText(locale, 'trio.proposed.title'),
    text: `${trioText(locale, 'trio.proposed.text', { b: others[0].member.displayName, c: others[1].member.displayName })}\n${trioText(locale, 'trio.proposed.hint', { days: INTRO_RESPONSE_DAYS })}`,
    fields: aboutOthers(trio, me, others, locale),
    buttons: [
      {
        action: memberActionId('introAccept', mine.id),
        label: introText(locale, 'intro.button.accept'),
        style: 'primary',
      },
      {
        action: memberActionId('introDecline', mine.id),
        label: introText(locale, 'intro.button.decline'),
        style: 'danger',
      },
      {
        action: memberActionId('introSnooze', mine.id),
        label: introText(locale, 'intro.button.snooze'),
        style: 'secondary',
      },
    ],
  };
}

function connection(
  trio: IntroTrio,
  me: Side,
  others: readonly [Side, Side],
  to: { readonly locale: Locale; readonly account: PlatformAccount },
  followUpDays: number,
): OutboundMessage {
  const { locale } = to;
  const reach = others.flatMap((o) => {
    const name = trioText(locale, 'trio.field.reach', { name: o.member.displayName });
    // Mentions (platform markup, only ids the platform gave) pass through verbatim; the member's own words do not.
    const mention = mentions(o, to.account);
    const given = o.profile?.contactForIntros.trim() ?? '';
    const shared = o.accounts.some((a) =>
      me.accounts.some((m) => m.platform === a.platform && m.workspaceId === a.workspaceId),
    );
    return [
      ...(mention ? [{ name, value: mention, verbatim: true }] : []),
      ...(given ? [{ name, value: given }] : []),
      ...(!mention && !given && !shared
        ? [{ name, value: trioText(locale, 'trio.no_contact', { name: o.member.displayName }) }]
        : []),
    ];
  });
  return {
    title: trioText(locale, 'trio.introduced.title'),
    text: trioText(locale, 'trio.introduced.text', {
      b: others[0].member.displayName,
      c: others[1].member.displayName,
      days: followUpDays,
    }),
    fields: [...aboutOthers(trio, me, others, locale), ...reach],
  };
}

/** One account of each of the three on one platform and workspace, per platform and workspace all three use. */
function sharedByAll(sides: readonly Side[]): (readonly PlatformAccount[])[] {
  const [first, ...rest] = sides;
  if (!first) return [];
  const groups: (readonly PlatformAccount[])[] = [];
  for (const mine of first.accounts) {
    const theirs = rest.map((s) =>
      s.accounts.find((o) => o.platform === mine.platform && o.workspaceId === mine.workspaceId),
    );
    if (
      theirs.every(Boolean) &&
      !groups.some(([x]) => x?.platform === mine.platform && x.workspaceId === mine.workspaceId)
    ) {
      groups.push([mine, ...(theirs as PlatformAccount[])]);
    }
  }
  return groups;
}

// One message for the three: in their language, or in each of their languages (the club's first).
function together(community: Community, sides: readonly [Side, Side, Side]): OutboundMessage {
  const wanted = new Set(sides.map((s) => recipientOf(community, s.member).locale));
  const locales = [...wanted].sort(
    (x, y) => Number(y === community.settings.defaultLocale) - Number(x === community.settings.defaultLocale),
  );
  const primary = locales[0] ?? community.settings.defaultLocale;
  const params = {
    a: sides[0].member.displayName,
    b: sides[1].member.displayName,
    c: sides[2].member.displayName,
    days: community.settings.introFollowUpDays,
  };
  return {
    title: locales.map((l) => trioText(l, 'trio.group.title')).join(' · '),
    text: locales.map((l) => trioText(l, 'trio.group.text', params)).join('\n\n'),
    fields: sides.map((s) => ({
      name: s.member.displayName,
      value:
        summaryFields(s, primary)
          .map((f) => `${f.name}: ${f.value}`)
          .join('\n') || '—',
    })),
  };
}

/**
 * One conversation with all three when the messenger can (a Slack multi-person DM on a workspace all three are
 * in), claimed once under `trio-group:<group>`; null when the per-person DMs are the path (as `notifyIntro`).
 */
async function introduceTogether(
  deps: Uow<'deliveries'> & Pick<Ports, 'clock' | 'messenger'>,
  community: Community,
  trio: IntroTrio,
  sides: readonly [Side, Side, Side],
): Promise<NotifyResult | null> {
  return introduceInOneConversation(deps, {
    key: trioConversationKey(trio.groupId),
    communityId: community.id,
    memberId: sides[0].member.id,
    candidates: sharedByAll(sides),
    message: together(community, sides),
  });
}

/**
 * Announces a group introduction of three to its members, each in their language and from their point of view:
 * while proposed, to each member who has not accepted yet, the two others' summaries, why, and Accept / Decline /
 * Later (buttons on the member's own pair introduction; `respondToIntro` answers the whole group); once all three
 * accepted, one conversation with the three where the platform can (`Messenger.introduce`), otherwise a DM to
 * each with how to reach the two others. Every message is claimed under its own key (`trio:<group>:<member>`,
 * `trio-introduced:<group>:<member>`, `trio-group:<group>`) before it is sent, so announcing again (the
 * reconcile calls `notifyIntro` for each of the three pairs) never sends one twice.
 */
export async function notifyIntroTrio(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'introductions' | 'members' | 'profiles'> &
    Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly groupId: string },
): Promise<NotifyIntroTrioResult> {
  const loaded = await deps.uow.run(async (repos) => {
    const community = await repos.communities.get(input.communityId);
    const trio = community ? trioFromPairs(await repos.introductions.listGroup(community.id, input.groupId)) : null;
    if (!community || !trio) throw new DomainError('intro.not_found');
    const sides: Side[] = [];
    for (const memberId of trio.members) {
      const member = await repos.members.get(community.id, memberId);
      if (!member || member.deletedAt) return { community, trio, sides: null };
      sides.push({
        member,
        profile: await repos.profiles.get(community.id, memberId),
        accounts: await repos.accounts.listForMember(community.id, memberId),
      });
    }
    return { community, trio, sides: sides as [Side, Side, Side] };
  });
  const { community, trio, sides } = loaded;
  const stage = trio.status === 'proposed' || trio.status === 'introduced' ? trio.status : null;
  if (!stage || !sides) return { groupId: trio.groupId, stage: null, results: [] };
  if (stage === 'introduced') {
    const group = await introduceTogether(deps, community, trio, sides);
    if (group) return { groupId: trio.groupId, stage, results: [group] };
  }
  const results: NotifyResult[] = [];
  for (const me of sides) {
    if (stage === 'proposed' && trio.answers[me.member.id] === 'accepted') continue;
    const others = sides.filter((s) => s !== me) as unknown as [Side, Side];
    results.push(
      await notifyMember(deps, {
        communityId: community.id,
        memberId: me.member.id,
        key: trioDeliveryKey(stage, trio.groupId, me.member.id),
        kind: stage === 'proposed' ? 'intro.proposed' : 'intro.introduced',
        message: (recipient, account) =>
          stage === 'proposed'
            ? proposal(trio, me, others, recipient.locale)
            : connection(trio, me, others, { locale: recipient.locale, account }, community.settings.introFollowUpDays),
      }),
    );
  }
  return { groupId: trio.groupId, stage, results };
}
