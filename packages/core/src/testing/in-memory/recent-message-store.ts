import type { RecentChatMessage, RecentMessageBounds, RecentMessageStore } from '../../ports/recent-message-store.js';

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
}
