import { actionId } from '../domain/action-id.js';
import type { Community } from '../domain/community.js';
import type { Platform } from '../domain/member.js';
import { type Question, questionDueAt } from '../domain/question.js';
import { questionCardKey, questionCardState } from '../domain/question-card.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import type { Locale } from '../i18n/locale.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { ChannelRef } from '../ports/channel-publisher.js';
import { DeliveryError, type OutboundMessage } from '../ports/messenger.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

const texts = {
  title: { en: 'Question from a member', 'zh-CN': '会员提问' },
  status: { en: 'Status', 'zh-CN': '状态' },
  asked: { en: 'Asked', 'zh-CN': '提问时间' },
  due: { en: 'Answer due by', 'zh-CN': '应回复时间' },
  open: { en: 'Waiting for a coach', 'zh-CN': '等待导师认领' },
  claimed: { en: 'Claimed by {name}', 'zh-CN': '{name} 已认领' },
  answered: { en: 'Answered by {name}', 'zh-CN': '{name} 已回答' },
  closed: { en: 'Resolved by the member (answered by {name})', 'zh-CN': '会员已标记解决（{name} 回答）' },
  withdrawn: { en: 'Withdrawn by the member (nothing to answer)', 'zh-CN': '会员已撤回（无需回答）' },
  removed: {
    en: 'This question was withdrawn or removed with its asker’s data; nothing to answer.',
    'zh-CN': '该提问已撤回，或随提问人的数据一并删除，无需回答。',
  },
  someone: { en: 'a former coach', 'zh-CN': '一位前导师' },
  claim: { en: 'Claim', 'zh-CN': '认领' },
  answer: { en: 'Answer', 'zh-CN': '回答' },
  wroteBack: { en: 'Answered; the member wrote back, with {name}', 'zh-CN': '已回答；会员有新回复，由 {name} 跟进' },
  reply: { en: 'Reply', 'zh-CN': '回复' },
} as const satisfies Catalogue;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** New cards only for questions asked this recently (configuring the channel does not flood it with old ones). */
export const QUESTION_CARD_NEW_DAYS = 7;
/** Cards of questions asked longer ago are no longer edited. */
export const QUESTION_CARD_ACTIVE_DAYS = 90;
/** What a card shows once its question is gone (withdrawn and deleted, or erased with its asker's data). */
const REMOVED_STATE = 'removed';
/** A claim left without a posted message this long (the poster died) is taken over. */
const STALE_CLAIM_MS = 10 * 60_000;
const CHUNK = 50;
const MAX_CHUNKS = 20;
/** The question on the card (Discord shows at most 4096 characters in an embed's text). */
const PREVIEW = 1500;

export interface QuestionCardsResult {
  readonly posted: number;
  readonly updated: number;
  /** Cards whose message is gone or whose channel refuses the bot: left as they are. */
  readonly skipped: number;
}

/** The card a question's state calls for, in the club's language: the question, its status, and the buttons left. */
export function renderQuestionCard(
  question: Question,
  community: Pick<Community, 'settings'>,
  names: ReadonlyMap<string, string>,
): OutboundMessage {
  const locale: Locale = community.settings.defaultLocale;
  const { timezone } = community.settings;
  const t = (key: keyof typeof texts, params?: Record<string, unknown>) => translate(texts, locale, key, params);
  const name = (id: string | null) => (id ? names.get(id) : undefined) ?? t('someone');
  const status =
    question.status === 'open'
      ? t('open')
      : question.status === 'claimed'
        ? t(question.answer === null ? 'claimed' : 'wroteBack', { name: name(question.claimedBy) })
        : question.status === 'answered'
          ? t('answered', { name: name(question.answeredBy) })
          : question.answeredBy
            ? t('closed', { name: name(question.answeredBy) })
            : t('withdrawn');
  const dueAt = questionDueAt(question, community.settings.questionSlaHours);
  const buttons =
    question.status === 'open'
      ? [
          { action: actionId('answer', 'claim', question.id), label: t('claim'), style: 'primary' as const },
          { action: actionId('answer', 'open', question.id), label: t('answer') },
        ]
      : question.status === 'claimed'
        ? // Answered already, the member wrote back: the coach replies (a second answer would be refused).
          question.answer === null
          ? [{ action: actionId('answer', 'open', question.id), label: t('answer'), style: 'primary' as const }]
          : [{ action: actionId('answer', 'followUp', question.id), label: t('reply'), style: 'primary' as const }]
        : [];
  return {
    title: t('title'),
    text: [...question.body].slice(0, PREVIEW).join(''),
    fields: [
      { name: t('status'), value: status },
      { name: t('asked'), value: formatDateTime(question.createdAt, timezone, locale) },
      ...(dueAt ? [{ name: t('due'), value: formatDateTime(dueAt, timezone, locale) }] : []),
    ],
    buttons,
  };
}

/** The card of a question that is gone: its text comes down (privacy), no buttons are left. */
function removedCard(community: Pick<Community, 'settings'>): OutboundMessage {
  const locale: Locale = community.settings.defaultLocale;
  return { title: translate(texts, locale, 'title'), text: translate(texts, locale, 'removed'), buttons: [] };
}

/**
 * The staff channel's question cards (#15), for one club: a card for each new waiting question on every platform
 * with a staff channel, with Claim / Answer buttons, and the card edited in place when the question is claimed,
 * answered or resolved. Each card is claimed in `channelPosts` before it is posted (and posted with a dedupe key
 * where the platform has one), so a repeated or retried run posts at most one card per question and platform.
 * A card whose question is gone (erased with its asker's data) is edited to say so, so its text does not stay in the
 * channel. Reads the due cards in chunks. A transient platform failure throws (the job retries); a channel that refuses the
 * bot is skipped for this run.
 */
export async function syncQuestionCards(
  deps: Uow<'channelPosts' | 'communities' | 'members'> & Pick<Ports, 'channels' | 'clock'>,
  input: { readonly communityId: string },
): Promise<QuestionCardsResult> {
  const result = { posted: 0, updated: 0, skipped: 0 };
  const publisher = deps.channels;
  if (!publisher) return result;
  const { community, workspaces } = await deps.uow.run(async (repos) => ({
    community: await loadCommunity(repos, input.communityId),
    workspaces: await repos.communities.listWorkspaces(input.communityId),
  }));
  const channels = community.settings.staffChannels ?? {};
  // One platform's outage does not hold up the others' cards: its error is thrown once they are done.
  let failure: unknown = null;
  for (const platform of ['discord', 'slack', 'feishu'] as const) {
    const channelId = channels[platform];
    if (!channelId) continue;
    const workspaceId = workspaces.find((w) => w.platform === platform)?.workspaceId;
    // Slack picks the bot token by team: without an attached workspace there is nothing to post with.
    if (!workspaceId && platform === 'slack') continue;
    const channel: ChannelRef = { platform, workspaceId: workspaceId ?? '', channelId };
    try {
      const done = await syncPlatform(deps, publisher, community, channel);
      result.posted += done.posted;
      result.updated += done.updated;
      result.skipped += done.skipped;
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure) throw failure;
  return result;
}

async function syncPlatform(
  deps: Uow<'channelPosts' | 'members'> & Pick<Ports, 'clock'>,
  publisher: NonNullable<Ports['channels']>,
  community: Community,
  channel: ChannelRef,
): Promise<QuestionCardsResult> {
  const result = { posted: 0, updated: 0, skipped: 0 };
  const platform: Platform = channel.platform;
  const seen = new Set<string>();
  for (let chunk = 0; chunk < MAX_CHUNKS; chunk++) {
    const now = deps.clock.now();
    const window = {
      newSince: new Date(now.getTime() - QUESTION_CARD_NEW_DAYS * DAY_MS),
      activeSince: new Date(now.getTime() - QUESTION_CARD_ACTIVE_DAYS * DAY_MS),
      staleBefore: new Date(now.getTime() - STALE_CLAIM_MS),
    };
    const { due, names } = await deps.uow.run(async (repos) => {
      const due = (await repos.channelPosts.questionCardsDue(community.id, platform, window, CHUNK)).filter(
        (d) => !seen.has(d.question.id),
      );
      const ids = [
        ...new Set(due.flatMap((d) => [d.question.claimedBy, d.question.answeredBy]).filter((id) => id !== null)),
      ];
      const members = ids.length > 0 ? await repos.members.getMany(community.id, ids) : [];
      return { due, names: new Map(members.map((m) => [m.id, m.displayName])) };
    });
    // Every question is handled once per run: one a concurrent run holds the claim of shows up again, and is left.
    if (due.length === 0) break;
    for (const { question, post } of due) {
      seen.add(question.id);
      const key = questionCardKey(question.id);
      const state = questionCardState(question);
      const message = renderQuestionCard(question, community, names);
      if (post?.messageId) {
        try {
          await publisher.update({ ...channel, channelId: post.channelId, messageId: post.messageId }, message);
          result.updated += 1;
        } catch (error) {
          if (!(error instanceof DeliveryError && error.permanent)) throw error;
          // The card was deleted by hand or the bot lost the channel: stop editing it rather than retry forever.
          result.skipped += 1;
        }
        await deps.uow.run((repos) => repos.channelPosts.swapState(community.id, key, platform, post.state, state));
        continue;
      }
      const at = deps.clock.now();
      const taken = await deps.uow.run((repos) =>
        post
          ? repos.channelPosts.reclaimStale(community.id, key, platform, window.staleBefore, at)
          : repos.channelPosts.claim({
              communityId: community.id,
              key,
              platform,
              workspaceId: channel.workspaceId,
              channelId: channel.channelId,
              state,
              claimedAt: at,
            }),
      );
      if (!taken) continue;
      let ref: Awaited<ReturnType<typeof publisher.post>>;
      try {
        ref = await publisher.post(channel, message, { dedupeKey: `question-card:${question.id}:${platform}` });
      } catch (error) {
        await deps.uow.run((repos) => repos.channelPosts.release(community.id, key, platform));
        if (error instanceof DeliveryError && error.permanent) {
          // The channel is wrong or the bot may not post there: nothing else will go through this run either.
          result.skipped += 1;
          return result;
        }
        throw error;
      }
      await deps.uow.run((repos) =>
        repos.channelPosts.recordPosted(
          community.id,
          key,
          platform,
          { channelId: ref.channelId, messageId: ref.messageId, state },
          deps.clock.now(),
        ),
      );
      result.posted += 1;
    }
  }
  const cleared = new Set<string>();
  for (let chunk = 0; chunk < MAX_CHUNKS; chunk++) {
    const activeSince = new Date(deps.clock.now().getTime() - QUESTION_CARD_ACTIVE_DAYS * DAY_MS);
    const orphans = (
      await deps.uow.run((repos) =>
        repos.channelPosts.orphanQuestionCards(community.id, platform, activeSince, REMOVED_STATE, CHUNK),
      )
    ).filter((p) => !cleared.has(p.key));
    if (orphans.length === 0) break;
    for (const post of orphans) {
      cleared.add(post.key);
      if (!post.messageId) continue;
      try {
        await publisher.update(
          { ...channel, channelId: post.channelId, messageId: post.messageId },
          removedCard(community),
        );
        result.updated += 1;
      } catch (error) {
        if (!(error instanceof DeliveryError && error.permanent)) throw error;
        result.skipped += 1;
      }
      await deps.uow.run((repos) =>
        repos.channelPosts.swapState(community.id, post.key, platform, post.state, REMOVED_STATE),
      );
    }
  }
  return result;
}
