import { DomainError } from './domain-error.js';

/**
 * A write hit a unique key: two requests raced for the same slug, handle, reference or pair. A DomainError
 * (`conflict.unique`, 409 at the edge, "try again" for people) instead of an unexpected error; the message
 * names what was taken (`unique violation: slug`) for logs and tests.
 */
export class UniqueViolation extends DomainError {
  constructor(readonly what: string) {
    super('conflict.unique', { what });
    this.message = `unique violation: ${what}`;
  }
}

/** The error every repository (in memory and on Postgres) throws when a write hits a unique key. */
export function uniqueViolation(what: string): UniqueViolation {
  return new UniqueViolation(what);
}
