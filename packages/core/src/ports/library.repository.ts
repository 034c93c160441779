import type { LibraryEntry, LibraryStatus } from '../domain/library.js';
import type { Platform } from '../domain/member.js';
import type { KnowledgeQuery } from '../rules/knowledge-index.js';
import type { Page, PageRequest } from './page.js';

export interface LibraryFilter {
  readonly status: LibraryStatus | null;
  /** Only entries with this tag (lowercase). */
  readonly tag: string | null;
}

/** The club library (精华); each entry is stored with its search index (`knowledgeIndex` of title, tags and text). */
export interface LibraryRepository {
  /** One entry per chat message (`uniqueViolation('message')` on a second save). */
  create(entry: LibraryEntry): Promise<void>;
  update(entry: LibraryEntry): Promise<void>;
  get(communityId: string, id: string): Promise<LibraryEntry | null>;
  /** The entry of one chat message, if it was saved. */
  findMessage(
    communityId: string,
    platform: Platform,
    workspaceId: string,
    messageId: string,
  ): Promise<LibraryEntry | null>;
  remove(communityId: string, id: string): Promise<void>;
  /** Removes the entry of a deleted chat message; true when there was one. */
  removeMessage(communityId: string, platform: Platform, workspaceId: string, messageId: string): Promise<boolean>;
  /** Entries of an erased author keep the text staff approved but no longer name them; returns how many. */
  anonymiseAuthor(communityId: string, memberId: string, name: string): Promise<number>;
  /** Newest saved first. */
  list(communityId: string, filter: LibraryFilter, page: PageRequest): Promise<Page<LibraryEntry>>;
  /** Approved entries sharing any key of the query (or with the tag), closest then newest first. */
  search(communityId: string, query: KnowledgeQuery, tag: string | null, limit: number): Promise<LibraryEntry[]>;
  /** Counts one opening; returns the entry as it is now. */
  countOpen(communityId: string, id: string): Promise<LibraryEntry | null>;
}
