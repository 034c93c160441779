/** One message an author wrote recently, as the flooding rules need it. */
export interface RecentChatMessage {
  readonly messageId: string;
  readonly channelId: string;
  readonly text: string;
  readonly at: Date;
}

/** How much of an author's recent chat to keep: the newest `maxMessages`, none older than `windowMs`. */
export interface RecentMessageBounds {
  readonly maxMessages: number;
  readonly windowMs: number;
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
}
