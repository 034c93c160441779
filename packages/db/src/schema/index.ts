// The whole schema, as drizzle-kit and the drizzle client see it.
export * from './access-check.schema.js';
export * from './auth.schema.js';
export * from './billing.schema.js';
export * from './channel-post.schema.js';
export * from './community.schema.js';
export * from './dm-channel.schema.js';
export * from './knowledge.schema.js';
export * from './lesson.schema.js';
export * from './member.schema.js';
export * from './membership.schema.js';
export * from './network.schema.js';
export * from './operations.schema.js';
export * from './privacy.schema.js';
export * from './question-message.schema.js';
export * from './slack.schema.js';
export * from './vitality.schema.js';
