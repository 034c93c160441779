import type {
  RecentChatMessage,
  RecentMessageBounds,
  RecentMessageQuery,
  RecentMessageStore,
} from '../../ports/recent-message-store.js';

/** Recent messages in this process's memory, bounded like the Redis store (tests, one embedded process). */
export class InMemoryRecentMessageStore implements RecentMessageStore {
  private readonly byAuthor = new Map<string, RecentChatMessage[]>();

  async push(authorKey: string, message: RecentChatMessage, bounds: RecentMessageBounds): Promise<RecentChatMessage[]> {
    const since = message.at.getTime() - bounds.windowMs;
    const kept = (this.byAuthor.get(authorKey) ?? []).filter((m) => m.at.getTime() > since);
    if (!kept.some((m) => m.messageId === message.messageId)) kept.push({ ...message });
    kept.sort((a, b) => a.at.getTime() - b.at.getTime());
    const bounded = kept.slice(-bounds.maxMessages);
    if (bounded.length === 0) this.byAuthor.delete(authorKey);
    else this.byAuthor.set(authorKey, bounded);
    return bounded.filter((m) => m.messageId !== message.messageId).map((m) => ({ ...m }));
  }

  /** Reads the newest `maxMessages` kept under the key that match the query, oldest first, changing nothing. */
  async recent(key: string, query: RecentMessageQuery): Promise<RecentChatMessage[]> {
    const until = query.until?.getTime() ?? Number.POSITIVE_INFINITY;
    const since = query.until && query.windowMs !== undefined ? until - query.windowMs : Number.NEGATIVE_INFINITY;
    const matching = (this.byAuthor.get(key) ?? []).filter((m) => m.at.getTime() <= until && m.at.getTime() > since);
    return matching.slice(Math.max(0, matching.length - Math.max(0, query.maxMessages))).map((m) => ({ ...m }));
  }

  async forget(authorKeys: readonly string[]): Promise<void> {
    for (const key of authorKeys) this.byAuthor.delete(key);
  }

  /** Removes these authors' messages from every key starting with `keyPrefix` (an erasure). */
  async forgetAuthorsIn(keyPrefix: string, authorIds: readonly string[]): Promise<void> {
    const gone = new Set(authorIds);
    for (const [key, messages] of this.byAuthor) {
      if (!key.startsWith(keyPrefix)) continue;
      const kept = messages.filter((m) => m.authorId === undefined || !gone.has(m.authorId));
      if (kept.length === 0) this.byAuthor.delete(key);
      else this.byAuthor.set(key, kept);
    }
  }
}
