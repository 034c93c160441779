import {
  describeClubListsContract,
  describeLessonRepositoryContract,
  describeRepositoryContract,
  describeRepositorySemantics,
} from '@snowball/core/testing';
import { onPglite, onPostgres } from './testing/contract-subjects.js';

// The same contracts the in-memory repositories pass, on real PostgreSQL and on PGlite (a fresh database each).
describeRepositoryContract('drizzle on PostgreSQL', () => onPostgres());
describeRepositoryContract('drizzle on PGlite', onPglite);
describeRepositorySemantics('drizzle on PostgreSQL', () => onPostgres());
describeRepositorySemantics('drizzle on PGlite', onPglite);
// Orderings and searches must not change with the database's default collation (here ICU en-US, not C).
describeRepositorySemantics('drizzle on PostgreSQL with an en-US collation', () => onPostgres({ icuLocale: 'en-US' }));
describeClubListsContract('drizzle on PostgreSQL', () => onPostgres());
describeClubListsContract('drizzle on PGlite', onPglite);
describeLessonRepositoryContract('drizzle on PostgreSQL', () => onPostgres());
describeLessonRepositoryContract('drizzle on PGlite', onPglite);
