import { describeCoachingContract } from '@snowball/core/testing';
import { onPglite, onPostgres } from './testing/contract-subjects.js';

// The coaching queries (response-time job, monthly percentiles), as the in-memory twin answers them, on real PostgreSQL and on PGlite.
describeCoachingContract('drizzle on PostgreSQL', onPostgres);
describeCoachingContract('drizzle on PGlite', onPglite);
