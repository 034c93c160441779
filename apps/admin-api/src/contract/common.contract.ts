import { MEMBERSHIP_STATUSES } from '@snowball/core';
import { z } from 'zod';

// The building blocks of every /api shape. Requests are validated with them, responses are encoded with them
// (an allow-list: a field not named here never leaves the server), the OpenAPI document is made from them, and
// the panel reads its types from them (`Wire<…>`).

/** A point in time: a Date in the handler, an ISO 8601 string on the wire. */
export const dateTime = z.date();
/** A point in time a client sends: ISO 8601 with `Z` or an offset. */
export const dateTimeInput = z.iso.datetime({ offset: true });
/** A record id: any 8-4-4-4-12 hex id, as Ajv's `uuid` format took (no version check, so imported ids pass). */
export const uuid = z.guid();
export const locale = z.enum(['zh-CN', 'en']);
export const count = z.number().int().min(0);

/** What JSON makes of a value: Dates become strings; the shapes the panel receives. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? readonly Wire<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Wire<T[K]> }
      : T;

/** Path parameters that are record ids. */
export function idParams<const K extends string>(...names: K[]) {
  return z.object(Object.fromEntries(names.map((name) => [name, uuid])) as Record<K, typeof uuid>);
}

/** A whole number in a querystring (sent as text). */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
/** `true`/`false` in a querystring. */
export const queryBoolean = z.stringbool({ truthy: ['true', '1'], falsy: ['false', '0'] });

/** `limit`, `offset` and `lang` of every paged list; the core clamps the page again. */
export const pageQuery = {
  limit: queryInt(1, 100).default(25),
  offset: queryInt(0, 1_000_000).default(0),
  lang: locale.optional(),
};

/** A paged list's querystring: the route's own filters, then `limit`, `offset` and `lang`. */
export function pagedQuery<const P extends z.ZodRawShape>(filters: P) {
  return z.object({ ...filters, ...pageQuery });
}

/** One page of a list and the number of items on every page. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: count });
}

/** The keyset page to start after: the previous page's `nextCursor` (then `offset` only numbers the rows). */
export const afterQuery = {
  after: z
    .string()
    .max(200)
    .optional()
    .describe('The previous page’s `nextCursor`: pages by keyset (deep pages stay fast).'),
};

/** A page of a list that pages by keyset too: `nextCursor` leads to the following page, null on the last. */
export function keysetPage<T extends z.ZodType>(item: T) {
  return page(item).extend({ nextCursor: z.string().nullable() });
}

export const memberRef = z.object({ id: uuid, displayName: z.string(), handle: z.string() });

export const membershipState = z.object({
  status: z.enum(MEMBERSHIP_STATUSES),
  endsAt: dateTime.nullable(),
  graceEndsAt: dateTime.nullable(),
});

export const fieldMessage = z.object({ field: z.string(), message: z.string() });

export const errorBody = z.object({
  error: z.object({
    code: z.string().describe('Stable DomainError code, e.g. `payment.duplicate_reference`.'),
    message: z.string().describe('For people, in the request’s language.'),
    requestId: z.string().describe('Quote it when reporting a problem; it is in the logs.'),
    fields: z.array(fieldMessage).optional(),
  }),
});

/** The error responses every /api route may give. */
export const errorResponses = { '4xx': errorBody, '5xx': errorBody } as const;

export const noContent = z.null().describe('No content');

export type Page<T> = { readonly items: readonly T[]; readonly total: number };
export type MemberRef = Wire<z.output<typeof memberRef>>;
export type MembershipState = Wire<z.output<typeof membershipState>>;
export type ErrorBody = z.output<typeof errorBody>;
export type FieldMessage = z.output<typeof fieldMessage>;
