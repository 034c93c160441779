import type { QuestionMessageAuthor } from '@snowball/core';
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { communities } from './community.schema.js';
import { questions } from './lesson.schema.js';
import { members } from './member.schema.js';

/** The conversation under a member's question: coaches' follow-ups and the member's replies, stored verbatim. */
export const questionMessages = pgTable(
  'question_messages',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    from: text('from').$type<QuestionMessageAuthor>().notNull(),
    authorId: uuid('author_id').references(() => members.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('question_messages_question_idx').on(t.communityId, t.questionId, t.createdAt, t.id)],
);
