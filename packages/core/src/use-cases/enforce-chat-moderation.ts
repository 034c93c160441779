import type { Platform } from '../domain/member.js';
import type { CaseContextMessage, ModerationCase } from '../domain/moderation.js';
import type { ChatActionPayload } from '../domain/moderation-chat-action.js';
import type { ModerationRuleId, ModerationSettings, StrikeStep } from '../domain/moderation-rules.js';
import { UniqueViolation } from '../errors/unique-violation.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type { ChatModerator } from '../ports/chat-moderator.js';
import type { OutboundMessage } from '../ports/messenger.js';
import type { Ports } from '../ports/ports.js';
import type { RecentChatMessage, RecentMessageStore } from '../ports/recent-message-store.js';
import type { TextClassifier } from '../ports/text-classifier.js';
import { CASE_CONTEXT_KEPT, CASE_CONTEXT_MESSAGES, CASE_CONTEXT_WINDOW_MS } from '../rules/case-context.js';
import { explainModerationRule } from '../rules/moderation-explanations.js';
import { moderationNoticeTexts as T } from '../rules/moderation-notice-texts.js';
import { moderationSettingsOf } from '../rules/moderation-settings.js';
import { recentChatAuthorKey, recentChatChannelKey } from '../rules/recent-chat-key.js';
import { strikeConsequence } from '../rules/strike-ladder.js';
import type { ChatMessageToCheck } from './check-chat-message.js';
import { type ModerationOutcome, moderateChatMessage, moderationCaseId } from './moderate-chat-message.js';
import { startChatAction } from './run-chat-action.js';

/** What automatic moderation needs: the repositories, the messenger, the classifier, recent chat and the chat API. */
export type ChatModerationDeps = Pick<
  Ports,
  'communities' | 'accounts' | 'staff' | 'members' | 'memberships' | 'moderation' | 'deliveries' | 'clock' | 'messenger'
> & {
  readonly classifier: TextClassifier;
  readonly recentMessages: RecentMessageStore;
  readonly chat: ChatModerator;
};

/** A message a bot saw being written or edited in a club channel. */
export interface ChatMessageEvent extends Omit<ChatMessageToCheck, 'recent'> {
  readonly messageId: string;
  /** When the message was edited; absent for a new message. */
  readonly editedAt?: Date;
  /** The platform already stopped the message (Discord's native AutoMod blocked it): no removal to make. */
  readonly removedByPlatform?: boolean;
}

/** What was decided and done for one message. */
export interface ChatModerationResult extends ModerationOutcome {
  /**
   * What was done for this message, now or on an earlier delivery of the same event: the message removed, the
   * author timed out (until), told by DM, the moderators' log posted.
   */
  readonly removed: boolean;
  readonly timedOutUntil: Date | null;
  readonly notified: boolean;
  readonly logged: boolean;
  /** A case recommending removal from the club was opened (the ladder's last step). */
  readonly escalationCaseId: string | null;
  /** Actions that failed (the rest were still done); the adapter logs them. */
  readonly failures: readonly string[];
}

// Enough history for the flooding rules (the most messages a club may allow is 100) without growing unbounded.
const RECENT_MIN = 30;
const RECENT_TEXT_LENGTH = 500;
const EXCERPT_IN_NOTICE = 300;
// A case keeps the few messages written just before the flagged one in its channel (within a quarter hour).
const CONTEXT_MESSAGES = CASE_CONTEXT_MESSAGES;
const CONTEXT_WINDOW_MS = CASE_CONTEXT_WINDOW_MS;

/**
 * Automatic moderation of one chat message, new or edited: remembers it in the author's recent messages (for
 * flooding across channels and processes), judges it under the club's rules, and acts on the verdict — removes
 * the message, gives the strike's consequence (a timeout where the platform has one; a case for moderators at the
 * ladder's end), tells the author by DM in their language and posts to the moderators' log channel. Each action is
 * claimed under a key derived from the message, so a redelivered event has no second effect.
 */
export async function enforceChatModeration(
  deps: ChatModerationDeps,
  input: ChatMessageEvent,
): Promise<ChatModerationResult> {
  const nothing = { removed: false, timedOutUntil: null, notified: false, logged: false, escalationCaseId: null };
  const community = await deps.communities.findByWorkspace(input.platform, input.workspaceId);
  if (!community) {
    return {
      action: 'allow',
      rules: [],
      communityId: null,
      memberId: null,
      caseId: null,
      duplicate: false,
      ...nothing,
      failures: [],
    };
  }
  const settings = moderationSettingsOf(community.settings);
  const remembered =
    settings.enabled && !input.editedAt ? await remember(deps.recentMessages, community.id, settings, input) : null;
  const outcome = await moderateChatMessage(deps, {
    ...input,
    ...(remembered ? { recent: remembered.recent, context: remembered.context } : {}),
    ...(input.editedAt ? { revision: input.editedAt.toISOString() } : {}),
  });
  if (outcome.action === 'allow' || !outcome.caseId || !outcome.communityId) {
    return { ...outcome, ...nothing, failures: [] };
  }
  const caseId = outcome.caseId;
  const communityId = outcome.communityId;
  const now = deps.clock.now();
  const failures: string[] = [];
  const once = async (payload: ChatActionPayload) => {
    const { result, error } = await startChatAction(deps, { communityId, caseId, payload });
    if (error) failures.push(`${payload.kind}: ${error}`);
    return result;
  };
  const account = await deps.accounts.find(input.platform, input.workspaceId, input.authorId);
  const member = outcome.memberId ? await deps.members.get(communityId, outcome.memberId) : null;
  const clubLocale = community.settings.defaultLocale;

  let removed = false;
  // Why a message to remove is still up: the app may not remove it, or the platform failed; null otherwise.
  let stillUp: 'not-permitted' | 'failed' | null = null;
  let timedOutUntil: Date | null = null;
  let escalationCaseId: string | null = null;
  let strikes = 0;
  let step: StrikeStep | null = null;
  let notified = false;
  if (outcome.action === 'delete') {
    const removal = input.removedByPlatform
      ? 'done'
      : await once({
          kind: 'remove',
          platform: input.platform,
          workspaceId: input.workspaceId,
          channelId: input.channelId,
          messageId: input.messageId,
        });
    removed = removal === 'done';
    stillUp = removal === 'refused' ? 'not-permitted' : removal === 'failed' ? 'failed' : null;
    // Strikes are counted by member; for a person with no linked membership, by their platform account.
    strikes = await deps.moderation.countStrikes(
      communityId,
      outcome.memberId
        ? { memberId: outcome.memberId }
        : { platform: input.platform, workspaceId: input.workspaceId, authorId: input.authorId },
      new Date(now.getTime() - settings.strikeExpiryDays * 86_400_000),
    );
    const consequence = strikeConsequence(settings, strikes, input.platform);
    step = consequence.step;
    if (consequence.step === 'timeout' && consequence.timeoutMinutes) {
      const until = new Date(now.getTime() + consequence.timeoutMinutes * 60_000);
      const reason = outcome.rules.map((r) => explainModerationRule(r, 'en').title).join(', ');
      const timeout = await once({
        kind: 'timeout',
        platform: input.platform,
        workspaceId: input.workspaceId,
        platformUserId: input.authorId,
        until: until.toISOString(),
        reason,
      });
      if (timeout === 'done') timedOutUntil = until;
    }
    if (consequence.step === 'case') {
      escalationCaseId = await escalate(deps, {
        communityId,
        caseId,
        memberId: outcome.memberId,
        input,
        rules: outcome.rules,
        strikes,
        now,
        locale: clubLocale,
      });
    }
    const notice = memberNotice({
      locale: member?.locale ?? clubLocale,
      club: community.name,
      removed: stillUp === null,
      rules: outcome.rules,
      content: input.content,
      step: consequence.step,
      minutes: consequence.timeoutMinutes,
      strikes,
      settings,
    });
    const sent = await once({
      kind: 'notice',
      platform: input.platform,
      workspaceId: input.workspaceId,
      platformUserId: input.authorId,
      // No linked membership: the messenger needs only the platform, workspace and user to reach the person.
      memberId: account?.memberId ?? '',
      message: notice,
    });
    notified = sent === 'done';
  }

  let logged = false;
  const logChannel = settings.logChannels?.[input.platform as 'discord' | 'slack' | 'feishu'];
  if (logChannel) {
    const message = logNotice({
      locale: clubLocale,
      input,
      action: outcome.action,
      stillUp,
      rules: outcome.rules,
      step,
      minutes: timedOutUntil ? settings.timeoutMinutes : null,
      strikes,
      caseId,
    });
    logged =
      (await once({
        kind: 'log',
        platform: input.platform,
        workspaceId: input.workspaceId,
        channelId: logChannel,
        message,
      })) === 'done';
  }
  return { ...outcome, removed, timedOutUntil, notified, logged, escalationCaseId, failures };
}

/**
 * Adds the message to the author's recent messages (for flooding) and to its channel's (for the context a case keeps):
 * answers the author's earlier messages and the few written just before it in the channel.
 */
async function remember(
  store: RecentMessageStore,
  communityId: string,
  settings: ModerationSettings,
  input: ChatMessageEvent,
): Promise<{ recent: RecentChatMessage[]; context: CaseContextMessage[] }> {
  const windowMs = Math.max(settings.floodWindowSeconds, settings.repeatWindowSeconds, 1) * 1000;
  const message = {
    messageId: input.messageId,
    channelId: input.channelId,
    text: [...input.content].slice(0, RECENT_TEXT_LENGTH).join(''),
    at: input.at,
  };
  const [recent, channel] = await Promise.all([
    store.push(recentChatAuthorKey(communityId, { ...input, platformUserId: input.authorId }), message, {
      windowMs,
      maxMessages: Math.max(settings.floodMaxMessages + 1, RECENT_MIN),
    }),
    // Everyone's messages in the channel, briefly (a quarter hour, a few messages): the context of a case.
    store.push(
      recentChatChannelKey(communityId, input),
      { ...message, authorId: input.authorId },
      { windowMs: CONTEXT_WINDOW_MS, maxMessages: CASE_CONTEXT_KEPT },
    ),
  ]);
  const context = channel
    .filter((m) => m.at.getTime() <= input.at.getTime())
    .slice(-CONTEXT_MESSAGES)
    .map((m) => ({ messageId: m.messageId, authorId: m.authorId ?? '', text: m.text, at: m.at }));
  return { recent, context };
}

/** The ladder's last step: a case for moderators recommending removal (one per breach, found again on redelivery). */
async function escalate(
  deps: Pick<Ports, 'moderation'>,
  what: {
    communityId: string;
    caseId: string;
    memberId: string | null;
    input: ChatMessageEvent;
    rules: readonly ModerationRuleId[];
    strikes: number;
    now: Date;
    locale: Locale;
  },
): Promise<string> {
  const id = moderationCaseId(what.communityId, what.input.platform, 'escalation', what.caseId);
  const record: ModerationCase = {
    id,
    communityId: what.communityId,
    memberId: what.memberId,
    reporterId: null,
    kind: 'other',
    status: 'open',
    platform: what.input.platform,
    channelId: what.input.channelId,
    messageId: what.input.messageId,
    workspaceId: what.input.workspaceId,
    authorId: what.input.authorId,
    excerpt: [...what.input.content].slice(0, 1000).join(''),
    reason: translate(T, what.locale, 'escalation.reason', { count: what.strikes, rules: what.rules.join(', ') }),
    decidedBy: null,
    decidedAt: null,
    appeal: null,
    createdAt: what.now,
  };
  try {
    if (!(await deps.moderation.get(what.communityId, id))) await deps.moderation.create(record);
  } catch (error) {
    if (!(error instanceof UniqueViolation)) throw error;
  }
  return id;
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > EXCERPT_IN_NOTICE ? `${chars.slice(0, EXCERPT_IN_NOTICE).join('')}…` : text;
}

/** The DM to the author: the rule and why, their message, the consequence, and how to appeal. */
export function memberNotice(what: {
  readonly locale: Locale;
  readonly club: string;
  readonly removed: boolean;
  readonly rules: readonly ModerationRuleId[];
  readonly content: string;
  readonly step: StrikeStep;
  readonly minutes: number | null;
  readonly strikes: number;
  readonly settings: ModerationSettings;
}): OutboundMessage {
  const { locale } = what;
  const t = (key: keyof typeof T, params?: Record<string, unknown>) => translate(T, locale, key, params);
  const next = [
    t(`member.next.${what.step}`, { minutes: what.minutes ?? what.settings.timeoutMinutes }),
    t('member.strikes', { count: Math.max(what.strikes, 1), days: what.settings.strikeExpiryDays }),
  ].join(' ');
  return {
    title: t(what.removed ? 'member.title.removed' : 'member.title.reported'),
    text: t(what.removed ? 'member.text.removed' : 'member.text.reported', { club: what.club }),
    fields: [
      ...what.rules.map((rule) => {
        const { title, why } = explainModerationRule(rule, locale);
        return { name: t('member.rule', { title }), value: why };
      }),
      { name: t('member.message'), value: excerpt(what.content) || '-' },
      { name: t('member.next'), value: next },
      { name: t('member.appeal'), value: t('member.appealText') },
    ],
  };
}

/** The moderators' log entry: who, where, which rules, what was done, the message and the case. */
function logNotice(what: {
  readonly locale: Locale;
  readonly input: ChatMessageEvent;
  readonly action: 'review' | 'delete';
  readonly stillUp: 'not-permitted' | 'failed' | null;
  readonly rules: readonly ModerationRuleId[];
  readonly step: StrikeStep | null;
  readonly minutes: number | null;
  readonly strikes: number;
  readonly caseId: string;
}): OutboundMessage {
  const { locale, input } = what;
  const t = (key: keyof typeof T, params?: Record<string, unknown>) => translate(T, locale, key, params);
  const actions =
    what.action === 'review'
      ? [t('log.action.review')]
      : [
          t(
            what.stillUp === 'not-permitted'
              ? 'log.action.notPermitted'
              : what.stillUp === 'failed'
                ? 'log.action.failed'
                : 'log.action.removed',
          ),
          ...(what.minutes ? [t('log.action.timeout', { minutes: what.minutes })] : []),
          ...(what.step === 'case' ? [t('log.action.case', { count: what.strikes })] : []),
        ];
  const mentions = mentionSyntax(input.platform);
  return {
    title: t('log.title'),
    text: actions.join('\n'),
    fields: [
      { name: t('log.member'), value: mentions ? `<@${input.authorId}>` : input.authorId, verbatim: mentions },
      { name: t('log.channel'), value: mentions ? `<#${input.channelId}>` : input.channelId, verbatim: mentions },
      {
        name: t('log.rules'),
        value: what.rules.map((r) => explainModerationRule(r, locale).title).join(', '),
      },
      { name: t('log.message'), value: excerpt(input.content) || '-' },
      { name: t('log.case'), value: what.caseId },
    ],
  };
}

/** Discord and Slack both write mentions as `<@user>` and `<#channel>`. */
function mentionSyntax(platform: Platform): boolean {
  return platform === 'discord' || platform === 'slack';
}
