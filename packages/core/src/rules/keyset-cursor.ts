import { DomainError } from '../errors/domain-error.js';

/** A place in a list ordered by a time, then id (both descending): the last row of a page. */
export interface KeysetPosition {
  readonly at: Date;
  readonly id: string;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The opaque `nextCursor` a client sends back as `after` for the following page. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

/** Reads a cursor back; anything else is `validation.bad_cursor` (a stale or hand-made link). */
export function decodeCursor(cursor: string): KeysetPosition {
  const [text = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(text);
  if (Number.isNaN(at.getTime()) || !ID.test(id)) throw new DomainError('validation.bad_cursor');
  return { at, id };
}
