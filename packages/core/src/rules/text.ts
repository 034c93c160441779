import { DomainError } from '../errors/domain-error.js';
import { REASONS } from '../errors/error-reasons.js';

// Bidi overrides, zero-width and other invisible format characters: they hide or reorder text.
const INVISIBLE =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Cleans what a person typed: NFC, invisible characters removed, trimmed; enforces a maximum length. */
export function cleanText(value: unknown, field: string, max: number, options: { required?: boolean } = {}): string {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new DomainError('validation.invalid', { field, reason: REASONS.textExpected });
  }
  const text = (value ?? '').normalize('NFC').replace(INVISIBLE, '').trim();
  if (options.required && text.length === 0) throw new DomainError('validation.required', { field });
  if ([...text].length > max) throw new DomainError('validation.too_long', { field, max });
  return text;
}

export function cleanEmail(value: unknown, field = 'email'): string | null {
  const text = cleanText(value, field, 254);
  if (!text) return null;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
    throw new DomainError('validation.invalid', { field, reason: REASONS.notAnEmail });
  }
  return text.toLowerCase();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An optional record id typed by a person: empty means none; anything but a UUID is refused before a query. */
export function cleanId(value: unknown, field: string): string {
  const text = cleanText(value, field, 36);
  if (text && !UUID.test(text)) throw new DomainError('validation.invalid', { field, reason: REASONS.notAnId });
  return text.toLowerCase();
}
