export * from './slack-installation-store.contract.js';
