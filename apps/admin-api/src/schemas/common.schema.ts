import { MEMBERSHIP_STATUSES } from '@snowball/core';

// JSON schemas shared by the routes. They validate requests, serialise responses (an allow-list: a field
// not named here never leaves the server) and make the OpenAPI document.

export const dateTime = { type: 'string', format: 'date-time' } as const;
export const nullableDateTime = { type: ['string', 'null'], format: 'date-time' } as const;
export const nullableString = { type: ['string', 'null'] } as const;
export const uuid = { type: 'string', format: 'uuid' } as const;
export const locale = { type: 'string', enum: ['zh-CN', 'en'] } as const;

/** Path parameters that are record ids. */
export function idParams<const K extends string>(...names: K[]) {
  return {
    type: 'object',
    required: names,
    properties: Object.fromEntries(names.map((name) => [name, uuid])) as Record<K, typeof uuid>,
  } as const;
}

/** `limit` and `offset` of every paged list; the core clamps them again. */
export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
  lang: locale,
} as const;

/** A paged list's querystring: the route's own filters, then `limit`, `offset` and `lang`. */
export function pagedQuery<const P extends Record<string, object>>(filters: P) {
  return { type: 'object', properties: { ...filters, ...pageQuery } } as const;
}

/** What a paged list's handler reads once `pagedQuery` has validated the querystring and filled the defaults. */
export type PagedQuerystring<F extends object> = F & { readonly limit: number; readonly offset: number };

export function page<T extends object>(item: T) {
  return {
    type: 'object',
    required: ['items', 'total'],
    properties: { items: { type: 'array', items: item }, total: { type: 'integer' } },
  } as const;
}

export const memberRef = {
  type: ['object', 'null'],
  required: ['id', 'displayName', 'handle'],
  properties: { id: uuid, displayName: { type: 'string' }, handle: { type: 'string' } },
} as const;

export const membershipState = {
  type: 'object',
  required: ['status', 'endsAt', 'graceEndsAt'],
  properties: {
    status: { type: 'string', enum: [...MEMBERSHIP_STATUSES] },
    endsAt: nullableDateTime,
    graceEndsAt: nullableDateTime,
  },
} as const;

export const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'requestId'],
      properties: {
        code: { type: 'string', description: 'Stable DomainError code, e.g. `payment.duplicate_reference`.' },
        message: { type: 'string', description: 'For people, in the request’s language.' },
        requestId: { type: 'string', description: 'Quote it when reporting a problem; it is in the logs.' },
        fields: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'message'],
            properties: { field: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
} as const;

/** The error responses every /api route may give. */
export const errorResponses = { '4xx': errorBody, '5xx': errorBody } as const;

export const noContent = { type: 'null', description: 'No content' } as const;
