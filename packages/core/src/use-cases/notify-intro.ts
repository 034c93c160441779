import type { Introduction } from '../domain/introduction.js';
import type { Member, PlatformAccount } from '../domain/member.js';
import type { Profile } from '../domain/profile.js';
import { DomainError } from '../errors/domain-error.js';
import { introText } from '../i18n/intro-messages.js';
import type { Locale } from '../i18n/locale.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports } from '../ports/ports.js';
import { INTRO_RESPONSE_DAYS } from '../rules/intro-answer.js';
import { introReasonText } from '../rules/intro-reason.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

export interface NotifyIntroResult {
  readonly introductionId: string;
  /** What was announced: the proposal (Accept / Decline / Later) or the connection; null when neither. */
  readonly stage: 'proposed' | 'introduced' | null;
  readonly results: readonly NotifyResult[];
}

interface Side {
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
function summaryFields(other: Side, locale: Locale) {
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

// Platform mentions (`<@id>`) render as a clickable user on both Discord and Slack.
function contact(other: Side): string {
  return other.accounts
    .map((a) => `${a.platform === 'discord' ? 'Discord' : 'Slack'}: <@${a.platformUserId}>`)
    .join('\n');
}

function proposal(intro: Introduction, me: Side, other: Side, locale: Locale): OutboundMessage {
  return {
    title: introText(locale, 'intro.proposed.title'),
    text: `${introText(locale, 'intro.proposed.text', { name: other.member.displayName })}\n${introText(locale, 'intro.proposed.hint', { days: INTRO_RESPONSE_DAYS })}`,
    fields: [
      ...summaryFields(other, locale),
      { name: introText(locale, 'intro.field.why'), value: introReasonText(intro, me.member.id, locale) },
    ],
    buttons: [
      { action: `intros:accept:${intro.id}`, label: introText(locale, 'intro.button.accept'), style: 'primary' },
      { action: `intros:decline:${intro.id}`, label: introText(locale, 'intro.button.decline'), style: 'danger' },
      { action: `intros:snooze:${intro.id}`, label: introText(locale, 'intro.button.snooze'), style: 'secondary' },
    ],
  };
}

function connection(intro: Introduction, me: Side, other: Side, locale: Locale, followUpDays: number): OutboundMessage {
  const reach = contact(other);
  return {
    title: introText(locale, 'intro.introduced.title'),
    text: introText(locale, 'intro.introduced.text', { name: other.member.displayName, days: followUpDays }),
    fields: [
      ...summaryFields(other, locale),
      ...(reach ? [{ name: introText(locale, 'intro.field.contact'), value: reach }] : []),
      { name: introText(locale, 'intro.field.why'), value: introReasonText(intro, me.member.id, locale) },
    ],
  };
}

/**
 * Announces an introduction to both members by direct message, in each one's language and from each
 * one's point of view: while `proposed`, the other's summary, why, and Accept / Decline / Later buttons
 * (`intros:accept:<id>`..., answered by the /intros command); once `introduced`, the other's contact. Each
 * message has its own delivery key (`intro:<id>:<member>`, `intro-introduced:<id>:<member>`), claimed before
 * sending, so a retried job never sends one twice. Declined and expired introductions announce nothing.
 */
export async function notifyIntro(
  deps: Pick<Ports, 'uow' | 'clock' | 'messenger'>,
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
  const stage = intro.status === 'proposed' || intro.status === 'introduced' ? intro.status : null;
  if (!stage || !a || !b) return { introductionId: intro.id, stage: null, results: [] };
  const results: NotifyResult[] = [];
  for (const [me, other] of [
    [a, b],
    [b, a],
  ] as const) {
    results.push(
      await notifyMember(deps, {
        communityId: community.id,
        memberId: me.member.id,
        key:
          stage === 'proposed' ? `intro:${intro.id}:${me.member.id}` : `intro-introduced:${intro.id}:${me.member.id}`,
        kind: stage === 'proposed' ? 'intro.proposed' : 'intro.introduced',
        message: (recipient) =>
          stage === 'proposed'
            ? proposal(intro, me, other, recipient.locale)
            : connection(intro, me, other, recipient.locale, community.settings.introFollowUpDays),
      }),
    );
  }
  return { introductionId: intro.id, stage, results };
}
