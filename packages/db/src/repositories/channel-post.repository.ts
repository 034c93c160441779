import type { ChannelPost, ChannelPostRepository, Platform, QuestionCardDue } from '@snowball/core';
import { WAITING_QUESTION_STATUSES } from '@snowball/core';
import { and, asc, eq, getTableColumns, isNull, lt, or, sql } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { channelPosts, questions } from '../schema/index.js';
import { toQuestion } from './question.repository.js';
import { isUuid } from './sql-helpers.js';

function toPost(row: typeof channelPosts.$inferSelect): ChannelPost {
  return {
    communityId: row.communityId,
    key: row.key,
    platform: row.platform,
    workspaceId: row.workspaceId,
    channelId: row.channelId,
    messageId: row.messageId,
    state: row.state,
    claimedAt: row.claimedAt,
    postedAt: row.postedAt,
  };
}

/** The bot's channel posts in PostgreSQL (`channel_posts`, one row per club, key and platform). */
export class DrizzleChannelPostRepository implements ChannelPostRepository {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  private where(communityId: string, key: string, platform: Platform) {
    return and(
      eq(channelPosts.communityId, communityId),
      eq(channelPosts.key, key),
      eq(channelPosts.platform, platform),
    );
  }

  async claim(post: Omit<ChannelPost, 'messageId' | 'postedAt'>): Promise<boolean> {
    if (!isUuid(post.communityId)) return false;
    const inserted = await this.db()
      .insert(channelPosts)
      .values({ ...post, messageId: null, postedAt: null })
      .onConflictDoNothing()
      .returning({ key: channelPosts.key });
    return inserted.length > 0;
  }

  async reclaimStale(communityId: string, key: string, platform: Platform, staleBefore: Date, at: Date) {
    if (!isUuid(communityId)) return false;
    const taken = await this.db()
      .update(channelPosts)
      .set({ claimedAt: at })
      .where(
        and(
          this.where(communityId, key, platform),
          isNull(channelPosts.messageId),
          lt(channelPosts.claimedAt, staleBefore),
        ),
      )
      .returning({ key: channelPosts.key });
    return taken.length > 0;
  }

  async get(communityId: string, key: string, platform: Platform) {
    if (!isUuid(communityId)) return null;
    const [row] = await this.db()
      .select()
      .from(channelPosts)
      .where(this.where(communityId, key, platform));
    return row ? toPost(row) : null;
  }

  async recordPosted(
    communityId: string,
    key: string,
    platform: Platform,
    posted: { readonly channelId: string; readonly messageId: string; readonly state: string },
    at: Date,
  ) {
    if (!isUuid(communityId)) return;
    await this.db()
      .update(channelPosts)
      .set({ channelId: posted.channelId, messageId: posted.messageId, state: posted.state, postedAt: at })
      .where(this.where(communityId, key, platform));
  }

  async swapState(communityId: string, key: string, platform: Platform, from: string, to: string) {
    if (!isUuid(communityId)) return false;
    const changed = await this.db()
      .update(channelPosts)
      .set({ state: to })
      .where(and(this.where(communityId, key, platform), eq(channelPosts.state, from)))
      .returning({ key: channelPosts.key });
    return changed.length > 0;
  }

  async release(communityId: string, key: string, platform: Platform) {
    if (!isUuid(communityId)) return;
    await this.db()
      .delete(channelPosts)
      .where(and(this.where(communityId, key, platform), isNull(channelPosts.messageId)));
  }

  async orphanQuestionCards(
    communityId: string,
    platform: Platform,
    activeSince: Date,
    removedState: string,
    limit: number,
  ): Promise<ChannelPost[]> {
    if (!isUuid(communityId)) return [];
    // A literal position: a bound text parameter would pick `substring(text from pattern)`, the regex form.
    const questionId = sql`substring(${channelPosts.key} from 10)`;
    const rows = await this.db()
      .select()
      .from(channelPosts)
      .where(
        and(
          eq(channelPosts.communityId, communityId),
          eq(channelPosts.platform, platform),
          sql`${channelPosts.key} like 'question:%'`,
          sql`${channelPosts.messageId} is not null`,
          sql`${channelPosts.state} <> ${removedState}`,
          sql`${channelPosts.claimedAt} >= ${activeSince.toISOString()}::timestamptz`,
          // Keys this repository writes hold a uuid; anything else has no question by definition.
          sql`not exists (select 1 from ${questions} where ${questions.communityId} = ${channelPosts.communityId} and ${questions.id} = (case when ${questionId} ~ '^[0-9a-f-]{36}$' then ${questionId}::uuid end))`,
        ),
      )
      .orderBy(asc(channelPosts.claimedAt), sql`${channelPosts.key} collate "C"`)
      .limit(limit);
    return rows.map(toPost);
  }

  async questionCardsDue(
    communityId: string,
    platform: Platform,
    window: { readonly newSince: Date; readonly activeSince: Date; readonly staleBefore: Date },
    limit: number,
  ): Promise<QuestionCardDue[]> {
    if (!isUuid(communityId)) return [];
    // The same string as core's `questionCardState`.
    const state = sql`${questions.status} || ':' || coalesce(${questions.claimedBy}::text, '') || ':' || coalesce(${questions.answeredBy}::text, '')`;
    const fresh = and(
      sql`${questions.status} = any(${`{${WAITING_QUESTION_STATUSES.join(',')}}`}::text[])`,
      sql`${questions.createdAt} >= ${window.newSince.toISOString()}::timestamptz`,
    );
    const rows = await this.db()
      .select({ question: getTableColumns(questions), post: getTableColumns(channelPosts) })
      .from(questions)
      .leftJoin(
        channelPosts,
        and(
          eq(channelPosts.communityId, questions.communityId),
          eq(channelPosts.key, sql`'question:' || ${questions.id}::text`),
          eq(channelPosts.platform, platform),
        ),
      )
      .where(
        and(
          eq(questions.communityId, communityId),
          // Cards of older questions are left as they are: the scan stays on the recent part of the index.
          sql`${questions.createdAt} >= ${window.activeSince.toISOString()}::timestamptz`,
          or(
            and(isNull(channelPosts.key), fresh),
            and(
              sql`${channelPosts.key} is not null`,
              isNull(channelPosts.messageId),
              lt(channelPosts.claimedAt, window.staleBefore),
              fresh,
            ),
            and(sql`${channelPosts.messageId} is not null`, sql`${channelPosts.state} <> ${state}`),
          ),
        ),
      )
      .orderBy(asc(questions.createdAt), asc(questions.id))
      .limit(limit);
    return rows.map((row) => ({ question: toQuestion(row.question), post: row.post ? toPost(row.post) : null }));
  }
}
