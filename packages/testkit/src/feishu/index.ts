export * from './fake-feishu.js';
export * from './feishu-callback-crypto.js';
export * from './feishu-card-inspect.js';
export * from './feishu-events.js';
export * from './feishu-frame.js';
