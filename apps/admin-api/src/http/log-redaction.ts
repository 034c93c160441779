import { stdSerializers } from 'pino';

type SerializedError = ReturnType<typeof stdSerializers.err>;

/** Query parameters whose values are secrets (login links, OAuth codes, signatures, API keys). */
const SECRET_PARAMS = /^(token|code|state|secret|key|api_key|apikey|signature|sig|password|access_token|id_token)$/i;

/** Paths that carry a secret themselves (a member's private calendar feed). */
const SECRET_PATHS: readonly RegExp[] = [/^(\/calendar\/)[^/?#]+(\.ics)/, /^(\/privacy\/export\/)[^/?#]+()/];

/** A request URL safe to log: secret query values and secret path segments replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  let out = url;
  for (const pattern of SECRET_PATHS) out = out.replace(pattern, '$1[redacted]$2');
  const at = out.indexOf('?');
  if (at < 0) return out;
  const query = out
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed name is logged as sent, its value still checked below.
      }
      return eq >= 0 && SECRET_PARAMS.test(decoded.trim()) ? `${name}=[redacted]` : pair;
    })
    .join('&');
  return `${out.slice(0, at)}?${query}`;
}

interface LoggedRequest {
  readonly method?: string;
  readonly url?: string;
  readonly ip?: string;
  readonly id?: string;
  readonly host?: string;
}

/** The `req` log serializer for every route and method: method, redacted URL, client address, id. */
export function redactedRequest(request: LoggedRequest) {
  return {
    method: request.method,
    url: typeof request.url === 'string' ? redactUrl(request.url) : request.url,
    host: request.host,
    remoteAddress: request.ip,
    id: request.id,
  };
}

/** Keys of a serialized error that may hold members' data or SQL parameter values. */
const PRIVATE_ERROR_KEYS = new Set(['params', 'parameters', 'detail', 'where', 'query', 'args']);

function scrubError(value: unknown, depth: number): unknown {
  if (!value || typeof value !== 'object' || depth > 6) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (PRIVATE_ERROR_KEYS.has(key)) continue;
    if (key === 'message' || key === 'stack') {
      // drizzle: "Failed query: <sql>\nparams: <every value>"; keep the SQL shape, drop the values.
      out[key] = typeof field === 'string' ? field.replace(/\nparams: [^\n]*/g, '\nparams: [redacted]') : field;
    } else {
      out[key] = scrubError(field, depth + 1);
    }
  }
  return out;
}

/** The `err` log serializer: pino's standard one, without SQL parameter values or row details. */
export function redactedError(error: Error): SerializedError {
  if (!(error instanceof Error)) return error;
  return scrubError(stdSerializers.err(error), 0) as SerializedError;
}

/** Serializers for every logger of the process (the API, the worker, the bots). */
export const safeLogSerializers = { req: redactedRequest, err: redactedError } as const;
