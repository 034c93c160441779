/** A `datetime-local` value (the browser's time) as an ISO instant; empty stays empty so the API names the field. */
export function localToIso(value: string): string {
  const at = new Date(value);
  return value && !Number.isNaN(at.getTime()) ? at.toISOString() : value;
}

/** An ISO instant as a `datetime-local` value in the browser's time. */
export function isoToLocal(value: string): string {
  const at = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Optional number fields: empty means "not given" (no seat limit), so the API sees null rather than 0. */
export function optionalNumber(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}
