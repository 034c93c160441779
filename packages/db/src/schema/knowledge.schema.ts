import type { LibraryStatus, Platform } from '@snowball/core';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { questions } from './lesson.schema.js';
import { members } from './member.schema.js';

/** The club FAQ: answered questions published anonymised and edited, with their knowledge index. */
export const faqEntries = pgTable(
  'faq_entries',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id').references(() => questions.id, { onDelete: 'set null' }),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    answeredBy: uuid('answered_by').references(() => members.id, { onDelete: 'set null' }),
    publishedBy: uuid('published_by').references(() => members.id, { onDelete: 'set null' }),
    publishedAt: timestamptz('published_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    searchKeys: text('search_keys').array().notNull().default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('faq_entries_question_key').on(t.communityId, t.questionId),
    index('faq_entries_community_published_idx').on(t.communityId, t.publishedAt, t.id),
    index('faq_entries_search_keys_idx').using('gin', t.searchKeys),
    index('faq_entries_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** The 精华 library: valuable chat messages saved as text with a link to the original, titled and tagged. */
export const libraryEntries = pgTable(
  'library_entries',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    platform: text('platform').$type<Platform>().notNull(),
    workspaceId: text('workspace_id').notNull(),
    channelId: text('channel_id').notNull(),
    messageId: text('message_id').notNull(),
    url: text('url'),
    authorId: uuid('author_id').references(() => members.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    title: text('title').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').$type<LibraryStatus>().notNull(),
    savedBy: uuid('saved_by').references(() => members.id, { onDelete: 'set null' }),
    savedAt: timestamptz('saved_at').notNull(),
    reviewedBy: uuid('reviewed_by').references(() => members.id, { onDelete: 'set null' }),
    reviewedAt: timestamptz('reviewed_at'),
    opens: integer('opens').notNull().default(0),
    searchKeys: text('search_keys').array().notNull().default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    uniqueIndex('library_entries_message_key').on(t.communityId, t.platform, t.workspaceId, t.messageId),
    index('library_entries_community_status_saved_idx').on(t.communityId, t.status, t.savedAt, t.id),
    index('library_entries_tags_idx').using('gin', t.tags),
    index('library_entries_search_keys_idx').using('gin', t.searchKeys),
    index('library_entries_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('library_entries_author_idx').on(t.communityId, t.authorId),
  ],
);
