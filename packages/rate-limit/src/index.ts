export {
  type CallLimiter,
  type CallRule,
  CallWaitTooLongError,
  DEFAULT_MAX_WAIT_MS,
  emissionInterval,
  gcraStep,
} from './call-limiter.js';
export { MemoryCallLimiter } from './memory-call-limiter.js';
export { MemoryRecentMessageStore } from './memory-recent-message-store.js';
export { type PlatformCallObserver, silentCallObserver } from './platform-call-observer.js';
export { RedisCallLimiter } from './redis-call-limiter.js';
export { type RecentMessage, RedisRecentMessageStore } from './redis-recent-message-store.js';
