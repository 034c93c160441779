import type { BodyOf, Endpoint, ParamsOf, QueryOf, ReplyOf } from '@snowball/admin-api/contract';
import type { Locale } from '../i18n/texts.js';

export interface FieldMessage {
  readonly field: string;
  readonly message: string;
}

/** An error answer of the API: a stable code, a message in the panel's language, field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly fields: readonly FieldMessage[] = [],
  ) {
    super(message);
  }
}

let locale: Locale = 'en';
let csrfToken = '';
let onSignedOut: () => void = () => {};

/** The language error messages come back in. */
export function setApiLocale(next: Locale): void {
  locale = next;
}

/** The session's CSRF token, sent with every change. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when the API says the session is gone (401), so the panel can show the sign-in screen. */
export function onSessionLost(callback: () => void): void {
  onSignedOut = callback;
}

type Query = Readonly<Record<string, string | number | null | undefined>>;

function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(withQuery(`/api${path}`, query), {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = payload?.error;
    if (response.status === 401) onSignedOut();
    throw new ApiError(
      response.status,
      error?.code ?? 'internal.unexpected',
      error?.message ?? response.statusText,
      error?.requestId ?? null,
      error?.fields ?? [],
    );
  }
  return payload as T;
}

/** What a call to an endpoint takes: its path parameters, querystring and body, as the API's schemas say. */
export type CallArgs<K extends Endpoint> = ([ParamsOf<K>] extends [never]
  ? { readonly params?: never }
  : { readonly params: ParamsOf<K> }) &
  ([QueryOf<K>] extends [never] ? { readonly query?: never } : { readonly query?: QueryOf<K> }) &
  ([BodyOf<K>] extends [never]
    ? { readonly body?: never }
    : undefined extends BodyOf<K>
      ? { readonly body?: BodyOf<K> }
      : { readonly body: BodyOf<K> });

/**
 * Calls an /api endpoint by its key (`'GET /members/:id'`): the path parameters, querystring, body and answer are
 * typed from the API's own zod schemas (`@snowball/admin-api/contract`), so a call cannot drift from the route.
 */
export function call<K extends Endpoint>(
  endpoint: K,
  // biome-ignore lint/complexity/noBannedTypes: `{}` is "no argument needed" here, not "any object".
  ...[args]: {} extends CallArgs<K> ? [CallArgs<K>?] : [CallArgs<K>]
): Promise<ReplyOf<K>> {
  const [method = 'GET', template = '/'] = endpoint.split(' ');
  const given = (args ?? {}) as { params?: Record<string, string>; query?: unknown; body?: unknown };
  const path = template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(given.params?.[name] ?? ''));
  const body = given.body ?? (method === 'GET' || method === 'DELETE' ? undefined : {});
  return request<ReplyOf<K>>(method, path, body, given.query as Query | undefined);
}
