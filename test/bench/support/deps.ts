/**
 * Third-party libraries the benchmarks use for their baselines. The root has no dependencies of its own
 * (see package.json), so they are taken from the workspace package that depends on them — the same copy
 * our code runs on. Relative paths, so nothing machine-specific.
 */

export { Queue, Worker } from '../../../packages/jobs/node_modules/bullmq/dist/esm/index.js';
export {
  App as BoltApp,
  LogLevel as BoltLogLevel,
  type Receiver as BoltReceiver,
  verifySlackRequest,
} from '../../../packages/slack/node_modules/@slack/bolt/dist/index.js';

import fastifyModule from '../../../apps/admin-api/node_modules/fastify/fastify.js';

/** Fastify's factory (its CommonJS default export). */
export const Fastify = fastifyModule;
