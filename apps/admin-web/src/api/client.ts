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

/** The admin API, typed by the caller. */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
