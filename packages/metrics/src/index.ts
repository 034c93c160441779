export { commandLabel, meteredDispatcher } from './metered-dispatcher.js';
export { dmFailureReason, MeteredMessenger } from './metered-messenger.js';
export { type MetricsServer, startMetricsServer } from './metrics-server.js';
export { type ObservableWorker, observeWorkers } from './observe-workers.js';
export { createMetrics, type DepthSource, QUEUE_STATES, type SnowballMetrics } from './snowball-metrics.js';
