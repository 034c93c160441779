import type { Platform } from './member.js';

/** `pending`: saved by a member, waiting for staff; `approved`: in the library for everyone. */
export const LIBRARY_STATUSES = ['pending', 'approved'] as const;
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number];

/** A valuable chat message saved to the club library (精华): its text, a link to the original, a title and tags. */
export interface LibraryEntry {
  readonly id: string;
  readonly communityId: string;
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly channelId: string;
  readonly messageId: string;
  readonly url: string | null;
  /** The member who wrote the message (credited when it is approved); null when unknown or erased. */
  readonly authorId: string | null;
  readonly authorName: string;
  readonly body: string;
  readonly title: string;
  readonly tags: readonly string[];
  readonly status: LibraryStatus;
  readonly savedBy: string | null;
  readonly savedAt: Date;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
  /** How many times members opened it from a search or the list. */
  readonly opens: number;
}
