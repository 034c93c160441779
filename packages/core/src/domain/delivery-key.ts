/**
 * An instant as it appears inside delivery keys and job ids: ISO 8601 basic format in UTC with milliseconds
 * (`20270301T040000.000Z`), exact so a key can be compared with the row it was derived from, and free of ':'.
 */
export function keyInstant(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '');
}

const KEY_INSTANT = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.(\d{3})Z$/;

/** Reads back an instant written by `keyInstant`; null when the text is not one. */
export function parseKeyInstant(text: string): Date | null {
  const m = KEY_INSTANT.exec(text);
  if (!m) return null;
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
  return Number.isNaN(at.getTime()) || keyInstant(at) !== text ? null : at;
}
