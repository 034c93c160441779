import { describeWorkerQueriesContract } from '@snowball/core/testing';
import { onPglite, onPostgres } from './testing/contract-subjects.js';

// The worker's bulk queries, as the in-memory twin answers them, on real PostgreSQL and on PGlite.
describeWorkerQueriesContract('drizzle on PostgreSQL', onPostgres);
describeWorkerQueriesContract('drizzle on PGlite', onPglite);
