import { DateTime } from 'luxon';
import { type Community, communityName } from '../domain/community.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { ChannelRef } from '../ports/channel-publisher.js';
import { DeliveryError, type OutboundMessage } from '../ports/messenger.js';
import { pageRequest } from '../ports/page.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

const texts = {
  title: { en: 'This week in {club}', 'zh-CN': '{club} 每周简报' },
  intro: {
    en: 'What happened in the club over the last 7 days, and what is coming up.',
    'zh-CN': '过去 7 天社群里发生了什么，以及接下来的安排。',
  },
  newMembers: { en: 'New members ({count})', 'zh-CN': '新会员（{count}）' },
  andMore: { en: 'and {count} more', 'zh-CN': '等 {count} 人' },
  noNewMembers: { en: 'No new members this week.', 'zh-CN': '本周没有新会员。' },
  lessons: { en: 'Lessons ahead', 'zh-CN': '即将开课' },
  noLessons: { en: 'No lesson in the next 7 days.', 'zh-CN': '未来 7 天没有课程。' },
  contributors: { en: 'Thank you, contributors', 'zh-CN': '感谢本周的价值贡献者' },
  noContributors: {
    en: 'Contributors who turn on the leaderboard in /settings are thanked here.',
    'zh-CN': '在 /settings 中开启排行榜的价值贡献者会在这里被感谢。',
  },
  network: { en: 'Introductions and deals', 'zh-CN': '引荐与成交' },
  networkLine: {
    en: '{intros} introductions made, {deals} deals closed this week.',
    'zh-CN': '本周完成 {intros} 次引荐，达成 {deals} 笔成交。',
  },
  faq: { en: 'Question of the week', 'zh-CN': '本周问答' },
  library: { en: 'From the library', 'zh-CN': '精华推荐' },
  footer: {
    en: 'Ask the coaches with /ask, find answers with /faq and /library.',
    'zh-CN': '用 /ask 向导师提问，用 /faq 和 /library 查找答案。',
  },
} as const satisfies Catalogue;

const DAY_MS = 86_400_000;
/** A digest claim left unposted this long (the poster died) is taken over. */
const STALE_CLAIM_MS = 10 * 60_000;
const CHUNK = 100;
const NAMES_SHOWN = 10;
const LESSONS_SHOWN = 5;
const CONTRIBUTORS_SHOWN = 5;
/** The leaderboard opt-in is asked for at most a page of members at a time. */
const CONTRIBUTOR_CANDIDATES = 50;
/** Each field stays far below Discord's 1024 characters per embed field. */
const FIELD = 600;

/** What one week's digest says (gathered once, rendered in each language). */
export interface DigestContent {
  readonly newMembers: { readonly count: number; readonly names: readonly string[] };
  readonly lessons: readonly { readonly title: string; readonly startsAt: Date }[];
  readonly contributors: readonly string[];
  readonly introductions: number;
  readonly deals: number;
  readonly faq: { readonly question: string; readonly answer: string } | null;
  readonly library: { readonly title: string; readonly body: string; readonly url: string | null } | null;
}

export interface WeeklyDigestResult {
  /** The club's week (ISO week in its timezone), e.g. `2026-W50`. */
  readonly week: string;
  readonly posted: number;
  /** Channels that refused the bot (wrong id, no access): left for the next week. */
  readonly skipped: number;
}

/** The club's ISO week at `at` in its timezone: `2026-W50`. */
export function digestWeek(at: Date, timezone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  return (local.isValid ? local : DateTime.fromJSDate(at, { zone: 'utc' })).toFormat("kkkk-'W'WW");
}

const cut = (text: string, max: number) => {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
};

/** The digest in one language. Names are members' display names, shown as written (never as mentions). */
export function renderDigest(community: Community, content: DigestContent, locale: Locale): OutboundMessage {
  const t = (key: keyof typeof texts, params?: Record<string, unknown>) => translate(texts, locale, key, params);
  const list = (items: readonly string[]) => items.join(locale === 'zh-CN' ? '、' : ', ');
  const { timezone } = community.settings;
  const members = content.newMembers;
  const more =
    members.count > members.names.length ? ` ${t('andMore', { count: members.count - members.names.length })}` : '';
  const fields = [
    {
      name: t('newMembers', { count: members.count }),
      value: members.count > 0 ? cut(`${list(members.names)}${more}`, FIELD) : t('noNewMembers'),
    },
    {
      name: t('lessons'),
      value:
        content.lessons.length > 0
          ? cut(
              content.lessons.map((l) => `${formatDateTime(l.startsAt, timezone, locale)} · ${l.title}`).join('\n'),
              FIELD,
            )
          : t('noLessons'),
    },
    {
      name: t('contributors'),
      value: content.contributors.length > 0 ? cut(list(content.contributors), FIELD) : t('noContributors'),
    },
    { name: t('network'), value: t('networkLine', { intros: content.introductions, deals: content.deals }) },
    ...(content.faq ? [{ name: t('faq'), value: cut(`${content.faq.question}\n→ ${content.faq.answer}`, FIELD) }] : []),
    ...(content.library
      ? [
          {
            name: t('library'),
            value: cut(
              `${content.library.title}\n${cut(content.library.body, 300)}${content.library.url ? `\n${content.library.url}` : ''}`,
              FIELD,
            ),
          },
        ]
      : []),
  ];
  return {
    title: t('title', { club: communityName(community, locale) }),
    text: `${t('intro')}\n${t('footer')}`,
    fields,
  };
}

/** Reads what the week's digest says, each part with a bounded query (new members in keyset chunks). */
async function gatherDigest(
  deps: Uow<'contributions' | 'faq' | 'figures' | 'introductions' | 'lessons' | 'library' | 'members' | 'profiles'>,
  communityId: string,
  now: Date,
): Promise<DigestContent> {
  const from = new Date(now.getTime() - 7 * DAY_MS);
  return deps.uow.run(async (repos) => {
    // New members: the newest first, in chunks, until the week is behind us (members with a membership now).
    const names: string[] = [];
    let count = 0;
    let after: { createdAt: Date; id: string } | undefined;
    for (;;) {
      const page = await repos.members.listWithLatestEnd(
        communityId,
        { latestEnd: { after: now }, ...(after ? { after } : {}) },
        pageRequest(CHUNK),
      );
      const inWeek = page.items.filter((m) => m.member.createdAt.getTime() >= from.getTime() && !m.member.deletedAt);
      count += inWeek.length;
      for (const m of inWeek) if (names.length < NAMES_SHOWN) names.push(m.member.displayName);
      const last = page.items.at(-1)?.member;
      if (!last || page.items.length < CHUNK || last.createdAt.getTime() < from.getTime()) break;
      after = { createdAt: last.createdAt, id: last.id };
    }
    const lessons = (await repos.lessons.listBetween(communityId, now, new Date(now.getTime() + 7 * DAY_MS)))
      .filter((l) => l.status === 'scheduled')
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .slice(0, LESSONS_SHOWN)
      .map((l) => ({ title: l.title, startsAt: l.startsAt }));
    // Contributors of the week who chose to be listed (the leaderboard opt-in), most points first.
    const totals = (await repos.contributions.pointsByMember(communityId, from, now))
      .filter((t) => t.points > 0)
      .sort((a, b) => b.points - a.points || (a.memberId < b.memberId ? -1 : 1))
      .slice(0, CONTRIBUTOR_CANDIDATES);
    const optedIn = new Set(
      totals.length > 0
        ? await repos.profiles.leaderboardOptedIn(
            communityId,
            totals.map((t) => t.memberId),
          )
        : [],
    );
    const listed = totals.filter((t) => optedIn.has(t.memberId));
    const people = new Map(
      (listed.length > 0
        ? await repos.members.getMany(
            communityId,
            listed.map((t) => t.memberId),
          )
        : []
      )
        .filter((m) => !m.deletedAt)
        .map((m) => [m.id, m.displayName]),
    );
    const contributors = listed.flatMap((t) => people.get(t.memberId) ?? []).slice(0, CONTRIBUTORS_SHOWN);
    const [intros, deals, faq, library] = await Promise.all([
      repos.figures.introductionCounts(communityId, from, now),
      repos.figures.dealTotals(communityId, from, now),
      repos.faq.list(communityId, pageRequest(1)),
      repos.library.list(communityId, { status: 'approved', tag: null }, pageRequest(1)),
    ]);
    const entry = faq.items[0];
    const saved = library.items[0];
    return {
      newMembers: { count, names },
      lessons,
      contributors,
      introductions: intros.made,
      deals: deals.count,
      faq: entry ? { question: entry.question, answer: entry.answer } : null,
      library: saved ? { title: saved.title, body: saved.body, url: saved.url } : null,
    };
  });
}

/**
 * The weekly digest (#16) for one club: posted to the digest channel of each platform configured in Settings, in the
 * club's default language (and the other one too when the club asks for both), exactly once per club week, channel
 * and language: each post is claimed in `channelPosts` under `digest:<week>:<locale>` before it is sent (and sent
 * with a dedupe key where the platform has one). A transient platform failure throws once the other channels are
 * done (the job retries); a channel that refuses the bot is skipped.
 */
export async function sendWeeklyDigest(
  deps: Uow<
    | 'channelPosts'
    | 'communities'
    | 'contributions'
    | 'faq'
    | 'figures'
    | 'introductions'
    | 'lessons'
    | 'library'
    | 'members'
    | 'profiles'
  > &
    Pick<Ports, 'channels' | 'clock'>,
  input: { readonly communityId: string },
): Promise<WeeklyDigestResult> {
  const now = deps.clock.now();
  const { community, workspaces } = await deps.uow.run(async (repos) => ({
    community: await loadCommunity(repos, input.communityId),
    workspaces: await repos.communities.listWorkspaces(input.communityId),
  }));
  const week = digestWeek(now, community.settings.timezone);
  const result = { week, posted: 0, skipped: 0 };
  const publisher = deps.channels;
  const configured = community.settings.digestChannels ?? {};
  const targets: ChannelRef[] = (['discord', 'slack', 'feishu'] as const).flatMap((platform) => {
    const channelId = configured[platform];
    const workspaceId = workspaces.find((w) => w.platform === platform)?.workspaceId;
    if (!channelId || (!workspaceId && platform === 'slack')) return [];
    return [{ platform, workspaceId: workspaceId ?? '', channelId }];
  });
  if (!publisher || targets.length === 0) return result;
  const first = community.settings.defaultLocale;
  const locales: Locale[] = community.settings.digestBothLanguages
    ? [first, ...LOCALES.filter((l) => l !== first)]
    : [first];
  const content = await gatherDigest(deps, community.id, now);
  let failure: unknown = null;
  for (const channel of targets) {
    for (const locale of locales) {
      const key = `digest:${week}:${locale}`;
      const at = deps.clock.now();
      const taken = await deps.uow.run(
        async (repos) =>
          (await repos.channelPosts.claim({
            communityId: community.id,
            key,
            platform: channel.platform,
            workspaceId: channel.workspaceId,
            channelId: channel.channelId,
            state: 'posting',
            claimedAt: at,
          })) ||
          (await repos.channelPosts.reclaimStale(
            community.id,
            key,
            channel.platform,
            new Date(at.getTime() - STALE_CLAIM_MS),
            at,
          )),
      );
      if (!taken) continue;
      try {
        const ref = await publisher.post(channel, renderDigest(community, content, locale), {
          dedupeKey: `digest:${community.id}:${week}:${locale}`,
        });
        await deps.uow.run((repos) =>
          repos.channelPosts.recordPosted(
            community.id,
            key,
            channel.platform,
            { channelId: ref.channelId, messageId: ref.messageId, state: 'posted' },
            deps.clock.now(),
          ),
        );
        result.posted += 1;
      } catch (error) {
        await deps.uow.run((repos) => repos.channelPosts.release(community.id, key, channel.platform));
        if (error instanceof DeliveryError && error.permanent) {
          result.skipped += 1;
          break;
        }
        failure ??= error;
        break;
      }
    }
  }
  if (failure) throw failure;
  return result;
}
