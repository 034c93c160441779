import type { Platform } from '../../domain/member.js';
import type { Question } from '../../domain/question.js';
import { WAITING_QUESTION_STATUSES } from '../../domain/question.js';
import { questionCardKey, questionCardState } from '../../domain/question-card.js';
import type { ChannelPost, ChannelPostRepository, QuestionCardDue } from '../../ports/channel-post.repository.js';
import { compareText, copy, type MemoryStore } from './store.js';

const keyOf = (communityId: string, key: string, platform: Platform) => `${communityId}\n${key}\n${platform}`;

/** The bot's channel posts in the in-memory store: the twin of `channel_posts`, held to the same contract. */
export class InMemoryChannelPostRepository implements ChannelPostRepository {
  constructor(private readonly store: MemoryStore) {}
  private get rows() {
    return this.store.table<ChannelPost>('channel_posts');
  }

  async claim(post: Omit<ChannelPost, 'messageId' | 'postedAt'>): Promise<boolean> {
    const id = keyOf(post.communityId, post.key, post.platform);
    if (this.rows.has(id)) return false;
    this.rows.set(id, copy({ ...post, messageId: null, postedAt: null }));
    return true;
  }

  async reclaimStale(communityId: string, key: string, platform: Platform, staleBefore: Date, at: Date) {
    const id = keyOf(communityId, key, platform);
    const row = this.rows.get(id);
    if (!row || row.messageId !== null || row.claimedAt.getTime() >= staleBefore.getTime()) return false;
    this.rows.set(id, copy({ ...row, claimedAt: at }));
    return true;
  }

  async get(communityId: string, key: string, platform: Platform) {
    const row = this.rows.get(keyOf(communityId, key, platform));
    return row ? copy(row) : null;
  }

  async recordPosted(
    communityId: string,
    key: string,
    platform: Platform,
    posted: { readonly channelId: string; readonly messageId: string; readonly state: string },
    at: Date,
  ) {
    const id = keyOf(communityId, key, platform);
    const row = this.rows.get(id);
    if (row) this.rows.set(id, copy({ ...row, ...posted, postedAt: at }));
  }

  async swapState(communityId: string, key: string, platform: Platform, from: string, to: string) {
    const id = keyOf(communityId, key, platform);
    const row = this.rows.get(id);
    if (!row || row.state !== from) return false;
    this.rows.set(id, copy({ ...row, state: to }));
    return true;
  }

  async release(communityId: string, key: string, platform: Platform) {
    const id = keyOf(communityId, key, platform);
    if (this.rows.get(id)?.messageId === null) this.rows.delete(id);
  }

  async orphanQuestionCards(
    communityId: string,
    platform: Platform,
    activeSince: Date,
    removedState: string,
    limit: number,
  ): Promise<ChannelPost[]> {
    const questions = this.store.table<Question>('questions');
    return [...this.rows.values()]
      .filter(
        (p) =>
          p.communityId === communityId &&
          p.platform === platform &&
          p.key.startsWith('question:') &&
          p.messageId !== null &&
          p.state !== removedState &&
          p.claimedAt.getTime() >= activeSince.getTime() &&
          questions.get(p.key.slice('question:'.length))?.communityId !== communityId,
      )
      .sort((a, b) => a.claimedAt.getTime() - b.claimedAt.getTime() || compareText(a.key, b.key))
      .slice(0, limit)
      .map(copy);
  }

  async questionCardsDue(
    communityId: string,
    platform: Platform,
    window: { readonly newSince: Date; readonly activeSince: Date; readonly staleBefore: Date },
    limit: number,
  ): Promise<QuestionCardDue[]> {
    const waiting: readonly string[] = WAITING_QUESTION_STATUSES;
    const due: QuestionCardDue[] = [];
    for (const question of this.store.table<Question>('questions').values()) {
      if (question.communityId !== communityId) continue;
      if (question.createdAt.getTime() < window.activeSince.getTime()) continue;
      const post = this.rows.get(keyOf(communityId, questionCardKey(question.id), platform)) ?? null;
      const fresh = waiting.includes(question.status) && question.createdAt.getTime() >= window.newSince.getTime();
      const isDue = !post
        ? fresh
        : post.messageId === null
          ? fresh && post.claimedAt.getTime() < window.staleBefore.getTime()
          : post.state !== questionCardState(question);
      if (isDue) due.push({ question: copy(question), post: post ? copy(post) : null });
    }
    return due
      .sort(
        (a, b) =>
          a.question.createdAt.getTime() - b.question.createdAt.getTime() || compareText(a.question.id, b.question.id),
      )
      .slice(0, limit);
  }
}
