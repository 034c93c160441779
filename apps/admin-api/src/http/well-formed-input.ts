const LONE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const LONE_SURROGATE = new RegExp(LONE);
const LONE_SURROGATE_ALL = new RegExp(LONE, 'g');

/**
 * Makes text from outside safe to store: a lone UTF-16 surrogate (valid JSON, `"\ud800"`, but not Unicode)
 * becomes U+FFFD, and NUL characters (which PostgreSQL text cannot hold) are removed. Without this, one such
 * character in a form reached the database and failed the whole request (and its audit entry) with a 500.
 */
export function wellFormedText(text: string): string {
  return LONE_SURROGATE.test(text) || text.includes('\u0000')
    ? text.replace(LONE_SURROGATE_ALL, '\uFFFD').replaceAll('\u0000', '')
    : text;
}

/** `wellFormedText` applied to every string (and every key) of a parsed JSON value, in place where possible. */
export function wellFormedValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return wellFormedText(value);
  if (!value || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = wellFormedValue(value[i], depth + 1);
    return value;
  }
  // Only parsed JSON and form bodies: a Buffer or stream body is left as it is.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const cleanKey = wellFormedText(key);
    const cleanValue = wellFormedValue(record[key], depth + 1);
    if (cleanKey !== key) delete record[key];
    record[cleanKey] = cleanValue;
  }
  return record;
}
