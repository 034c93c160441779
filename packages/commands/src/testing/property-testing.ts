/**
 * fast-check, the property-testing library the command tests use, for tests outside the workspace packages (the
 * reliability suite under `test/`): they import it from here, so the root needs no dependency of its own (a root
 * dev dependency would make the production install's lockfile check re-resolve).
 */
export { default as fc } from 'fast-check';
