import { DomainError } from '@snowball/core';

/**
 * A required text field of a job's data. Data that does not fit is a permanent failure (DomainError):
 * retrying a malformed job can never succeed.
 */
export function textField(data: Readonly<Record<string, unknown>>, field: string): string {
  const value = data[field];
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) {
    throw new DomainError('validation.invalid', { field, reason: 'missing from the job data' });
  }
  return value;
}
