/** One message an author wrote recently, as the flooding rules need it. */
export interface RecentChatMessage {
  readonly messageId: string;
  readonly channelId: string;
  readonly text: string;
  readonly at: Date;
  /** Who wrote it, when the key holds a channel's messages (everyone's) rather than one author's. */
  readonly authorId?: string;
}

/** How much of an author's recent chat to keep: the newest `maxMessages`, none older than `windowMs`. */
export interface RecentMessageBounds {
  readonly maxMessages: number;
  readonly windowMs: number;
}

/** Which of a key's kept messages to read: the newest `maxMessages`, none written after `until` (inclusive). */
export interface RecentMessageQuery {
  readonly maxMessages: number;
  /** Only messages written at or before this time; absent: up to the newest kept. */
  readonly until?: Date;
  /** With `until`: only messages written within this long before it (older ones are left out). */
  readonly windowMs?: number;
}

/**
 * Each author's recent messages, shared by every bot process (Redis in production), so flooding across
 * channels and across replicas is seen. Bounded: old messages expire and only the newest are kept.
 */
export interface RecentMessageStore {
  /**
   * Adds `message` to the author's recent messages (a message already there, by id, is not added twice) and
   * returns the others kept within the window, oldest first.
   */
  push(authorKey: string, message: RecentChatMessage, bounds: RecentMessageBounds): Promise<RecentChatMessage[]>;
  /**
   * Reads what is kept under the key (a channel's window), without adding anything: the newest `maxMessages`
   * that match the query, oldest first. Nothing kept (or the key expired): an empty list.
   */
  recent(key: string, query: RecentMessageQuery): Promise<RecentChatMessage[]>;
  /** Drops everything kept under these authors at once (an erasure: their words leave the window now). */
  forget(authorKeys: readonly string[]): Promise<void>;
  /**
   * Removes the messages of these authors (`authorId`) from every key starting with `keyPrefix` (the windows
   * that hold everyone's messages, such as a channel's), keeping the others' (an erasure).
   */
  forgetAuthorsIn(keyPrefix: string, authorIds: readonly string[]): Promise<void>;
}
