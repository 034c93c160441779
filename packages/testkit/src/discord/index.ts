export * from './discord-command-validation.js';
export * from './discord-faults.js';
export * from './discord-inspect.js';
export * from './discord-payloads.js';
export * from './discord-snowflake.js';
export * from './fake-discord.js';
export * from './fake-discord-gateway.js';
export * from './fake-discord-routes.js';
