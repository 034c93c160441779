// The admin API's shapes, defined once: the routes validate and encode with these schemas, the OpenAPI
// document is made from them, and the panel imports the types (type-only, so no server code reaches its bundle).
export * from './application.contract.js';
export * from './audit.contract.js';
export * from './billing.contract.js';
export * from './coaching.contract.js';
export * from './common.contract.js';
export * from './dashboard.contract.js';
export * from './endpoints.contract.js';
export * from './faq.contract.js';
export * from './lesson.contract.js';
export * from './library.contract.js';
export * from './member.contract.js';
export * from './member-settings.contract.js';
export * from './moderation.contract.js';
export * from './network.contract.js';
export * from './question.contract.js';
export * from './session.contract.js';
export * from './settings.contract.js';
export * from './staff.contract.js';
export * from './vitality.contract.js';
