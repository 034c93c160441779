import type { RecentMessage, RecentMessageQuery } from './redis-recent-message-store.js';

/**
 * Recent messages in this process's memory, bounded like the Redis store: the fallback for one process without
 * Redis (the embedded default), as `MemoryCallLimiter` is for the call pace.
 */
export class MemoryRecentMessageStore {
  private readonly byAuthor = new Map<string, RecentMessage[]>();

  async push(
    authorKey: string,
    message: RecentMessage,
    bounds: { readonly maxMessages: number; readonly windowMs: number },
  ): Promise<RecentMessage[]> {
    const since = message.at.getTime() - bounds.windowMs;
    const kept = (this.byAuthor.get(authorKey) ?? []).filter((m) => m.at.getTime() > since);
    if (!kept.some((m) => m.messageId === message.messageId)) kept.push({ ...message });
    kept.sort((a, b) => a.at.getTime() - b.at.getTime());
    const bounded = kept.slice(-Math.max(1, bounds.maxMessages));
    // Authors who went quiet are dropped once their window has passed, so the map stays bounded too.
    if (bounded.length === 0) this.byAuthor.delete(authorKey);
    else this.byAuthor.set(authorKey, bounded);
    if (this.byAuthor.size > 10_000) this.prune(message.at.getTime() - bounds.windowMs);
    return bounded.filter((m) => m.messageId !== message.messageId).map((m) => ({ ...m }));
  }

  /** Reads the newest `maxMessages` kept under the key that match the query, oldest first, changing nothing. */
  async recent(key: string, query: RecentMessageQuery): Promise<RecentMessage[]> {
    const until = query.until?.getTime() ?? Number.POSITIVE_INFINITY;
    const since = query.until && query.windowMs !== undefined ? until - query.windowMs : Number.NEGATIVE_INFINITY;
    const matching = (this.byAuthor.get(key) ?? []).filter((m) => m.at.getTime() <= until && m.at.getTime() > since);
    return matching.slice(Math.max(0, matching.length - Math.max(0, query.maxMessages))).map((m) => ({ ...m }));
  }

  /** Drops everything kept under these authors (an erasure). */
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

  private prune(since: number): void {
    for (const [key, messages] of this.byAuthor) {
      if ((messages.at(-1)?.at.getTime() ?? 0) <= since) this.byAuthor.delete(key);
    }
  }
}
