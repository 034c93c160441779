import { createHash, timingSafeEqual } from 'node:crypto';
import { AESCipher } from '@larksuiteoapi/node-sdk';
import { type FeishuLogger, silentLogger } from '../config/feishu-logger.js';

/** A callback request as any HTTP framework can hand it over: the raw body (the signature covers it) and headers. */
export interface FeishuHttpRequest {
  readonly rawBody: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface FeishuHttpResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** What routes a verified event: the SDK's `EventDispatcher`. */
export interface FeishuEventSink {
  invoke(data: unknown, params?: { needCheck?: boolean }): Promise<unknown>;
}

const DEFAULT_TOLERANCE_SECONDS = 300;

function header(headers: FeishuHttpRequest['headers'], name: string): string | null {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const refuse = (status: number, error: string): FeishuHttpResponse => ({ status, body: { error } });

/**
 * `POST /feishu/events`: checks, decrypts and routes one callback.
 * - With an Encrypt Key, the body must be `{"encrypt": …}` (AES-256-CBC, as the SDK's `AESCipher` reads it)
 *   and signed: `X-Lark-Signature` = SHA-256(timestamp + nonce + encrypt key + raw body), with a timestamp
 *   within `toleranceSeconds` of now (an old request is a replay). The SDK compares the signature against
 *   re-serialised JSON; the raw bytes are what Feishu signed, so they are checked here.
 * - The verification token inside the event (`header.token`, or `token` for v1 events and the challenge)
 *   must match.
 * - `url_verification` answers the challenge; every other event goes to the SDK's dispatcher.
 * Anything forged, stale or unreadable is refused with 4xx and handed to nothing.
 */
export async function handleFeishuCallback(
  request: FeishuHttpRequest,
  deps: {
    readonly encryptKey?: string;
    readonly verificationToken?: string;
    readonly events: FeishuEventSink;
    readonly toleranceSeconds?: number;
    readonly now?: () => number;
    readonly logger?: FeishuLogger;
  },
): Promise<FeishuHttpResponse> {
  const logger = deps.logger ?? silentLogger;
  if (!deps.encryptKey && !deps.verificationToken) return refuse(503, 'feishu callback not configured');
  let outer: Record<string, unknown>;
  try {
    outer = JSON.parse(request.rawBody) as Record<string, unknown>;
    if (!outer || typeof outer !== 'object' || Array.isArray(outer)) throw new Error('not an object');
  } catch {
    return refuse(400, 'body is not JSON');
  }

  let data: Record<string, unknown> = outer;
  if (deps.encryptKey) {
    if (typeof outer.encrypt !== 'string') return refuse(401, 'expected an encrypted body');
    try {
      data = JSON.parse(new AESCipher(deps.encryptKey).decrypt(outer.encrypt)) as Record<string, unknown>;
    } catch {
      logger.warn({}, 'feishu: a callback that does not decrypt with the Encrypt Key was refused');
      return refuse(401, 'cannot decrypt');
    }
  } else if ('encrypt' in outer) {
    return refuse(400, 'encrypted body, but FEISHU_ENCRYPT_KEY is not set');
  }

  const eventHeader = (data.header ?? null) as Record<string, unknown> | null;
  const token =
    typeof eventHeader?.token === 'string' ? eventHeader.token : typeof data.token === 'string' ? data.token : '';
  if (deps.verificationToken && !sameText(token, deps.verificationToken)) {
    logger.warn({}, 'feishu: a callback with a wrong verification token was refused');
    return refuse(401, 'bad verification token');
  }

  // Feishu does not sign the challenge sent when the URL is saved; decrypting and the token prove it.
  if (data.type === 'url_verification') return { status: 200, body: { challenge: data.challenge } };

  if (deps.encryptKey) {
    const timestamp = header(request.headers, 'x-lark-request-timestamp');
    const nonce = header(request.headers, 'x-lark-request-nonce');
    const signature = header(request.headers, 'x-lark-signature');
    if (!timestamp || !nonce || !signature) return refuse(401, 'unsigned');
    const expected = createHash('sha256')
      .update(timestamp + nonce + deps.encryptKey + request.rawBody)
      .digest('hex');
    if (!sameText(signature, expected)) {
      logger.warn({}, 'feishu: a callback with a bad signature was refused');
      return refuse(401, 'bad signature');
    }
    const now = (deps.now ?? Date.now)() / 1000;
    const tolerance = deps.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
    if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > tolerance) {
      logger.warn({ timestamp }, 'feishu: a stale callback was refused (replay)');
      return refuse(401, 'stale request');
    }
  }

  // Checked above on the raw bytes; the SDK only routes the decrypted event to its handler.
  const answer = await deps.events.invoke(data, { needCheck: false });
  return { status: 200, body: answer && typeof answer === 'object' ? (answer as Record<string, unknown>) : {} };
}
