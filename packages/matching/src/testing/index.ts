export * from './generate-club.js';
export * from './scenarios.js';
