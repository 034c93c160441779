import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { type ErrorCode, errorMessages } from './error-messages.js';

/** A rule of the club was broken; `code` is stable, `context` fills the message placeholders. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}${Object.keys(context).length ? ` ${JSON.stringify(context)}` : ''}`);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** The text a person sees for an error: the catalogue text for domain errors, a generic one otherwise. */
export function errorText(error: unknown, locale: Locale): string {
  if (isDomainError(error)) return translate(errorMessages, locale, error.code, error.context);
  return translate(errorMessages, locale, 'internal.unexpected');
}
