export * from './check-conversation-reply.js';
export * from './conversation-cases.js';
export * from './conversation-club.js';
export * from './conversation-player.js';
export * from './intro-pair.js';
export * from './neutral-shapes.js';
