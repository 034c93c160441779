function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The first property of `input` that validation dropped from `output` (a zod object strips the keys it does
 * not know), as a path; null when every property was recognised. Where a schema turned an object into
 * something else (a Date, a string), the comparison stops: that part was not stripped but transformed.
 */
export function firstUnknownField(input: unknown, output: unknown, path: string[] = []): string[] | null {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < Math.min(input.length, output.length); i++) {
      const found = firstUnknownField(input[i], output[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return null;
  for (const key of Object.keys(input)) {
    if (!(key in output)) return [...path, key];
    const found = firstUnknownField(input[key], output[key], [...path, key]);
    if (found) return found;
  }
  return null;
}
