import { describeChannelPostContract } from '@snowball/core/testing';
import { onPglite, onPostgres } from './testing/contract-subjects.js';

// The bot's channel posts (claims, staff cards due), as the in-memory twin answers them, on real PostgreSQL and on PGlite.
describeChannelPostContract('drizzle on PostgreSQL', onPostgres);
describeChannelPostContract('drizzle on PGlite', onPglite);
