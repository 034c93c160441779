export * from './discord/index.js';
export * from './feishu/index.js';
export * from './shared/index.js';
export * from './slack/index.js';
export * from './stripe/index.js';
