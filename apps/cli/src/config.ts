import { isIP } from 'node:net';
import { z } from 'zod';

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));
const url = (protocols: string[]) =>
  optionalText.refine((v) => !v || protocols.some((p) => v.startsWith(p)), `must start with ${protocols.join(' or ')}`);

const trustProxyHelp =
  "true, false, a number of proxy hops, or proxy addresses/CIDRs separated by commas (e.g. '127.0.0.1,10.0.0.0/8')";

/**
 * TRUST_PROXY as Fastify takes it: off (the default, X-Forwarded-For is ignored), `true` (trust every hop),
 * a hop count, or the proxies' addresses; null when it is none of these.
 */
export function trustProxyValue(text: string): boolean | number | string[] | null {
  const v = text.trim();
  if (/^(false|off|no|0)$/i.test(v)) return false;
  if (/^(true|on|yes)$/i.test(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const valid = (entry: string) => {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
    const [address, bits, extra] = entry.split('/');
    if (extra !== undefined || !address || isIP(address) === 0) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
  };
  return entries.length > 0 && entries.every(valid) ? entries : null;
}

/** Every environment variable snowball reads, with its default; the README's configuration table mirrors this. */
export const configSchema = z.object({
  DATABASE_URL: url(['postgres://', 'postgresql://']),
  SNOWBALL_DATA_DIR: z.string().default('.data'),
  REDIS_URL: url(['redis://', 'rediss://']),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_TOKEN: optionalText,
  TRUST_PROXY: optionalText
    .refine((v) => !v || trustProxyValue(v) !== null, trustProxyHelp)
    .transform((v) => (v ? (trustProxyValue(v) ?? false) : false)),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  PUBLIC_URL: url(['http://', 'https://']),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SNOWBALL_COMMUNITY: z.string().default('demo'),
  SNOWBALL_ROLES: list,
  SNOWBALL_QUEUE_PREFIX: z
    .string()
    .default('snowball')
    .refine((v) => /^[a-z0-9_-]{1,40}$/i.test(v), 'letters, digits, - or _'),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_IDS: list,
  DISCORD_MEMBER_ROLE_ID: optionalText,
  DISCORD_PUBLIC_KEY: optionalText.refine((v) => !v || /^[0-9a-f]{64}$/i.test(v), 'must be 64 hex characters'),
  DISCORD_API_URL: url(['http://', 'https://']),
  DISCORD_SHARDS: optionalText.refine(
    (v) => !v || /^(auto|\d+(,\d+)*\/\d+)$/.test(v),
    "'auto', or this process's shard ids and the total, like 0,1/4",
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText.refine((v) => !v || v.startsWith('xoxb-'), 'must start with xoxb-'),
  SLACK_APP_TOKEN: optionalText.refine((v) => !v || v.startsWith('xapp-'), 'must start with xapp-'),
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  SLACK_TOKEN_KEY: optionalText.refine(
    (v) => !v || Buffer.from(v, 'base64').length === 32,
    'must be 32 bytes, base64 (openssl rand -base64 32)',
  ),
  SLACK_MEMBER_CHANNEL_IDS: list,
  SLACK_API_URL: url(['http://', 'https://']),
  SLACK_COMMAND_PREFIX: z
    .string()
    .default('')
    .refine((v) => /^[a-z0-9_-]{0,10}$/.test(v), 'lowercase letters, digits, - or _, at most 10'),
  FEISHU_APP_ID: optionalText.refine(
    (v) => !v || /^cli_[0-9a-f]{16}$/i.test(v),
    'must be the app id from the Feishu console (cli_ and 16 hex characters)',
  ),
  FEISHU_APP_SECRET: optionalText,
  FEISHU_ENCRYPT_KEY: optionalText,
  FEISHU_VERIFICATION_TOKEN: optionalText,
  FEISHU_DOMAIN: optionalText
    .refine((v) => !v || v === 'feishu' || v === 'lark', 'feishu or lark')
    .transform((v) => (v === 'lark' ? ('lark' as const) : ('feishu' as const))),
  FEISHU_MEMBER_CHAT_IDS: list,
  FEISHU_API_URL: url(['http://', 'https://']),
  STRIPE_SECRET_KEY: optionalText.refine(
    (v) => !v || /^(sk|rk)_(test|live)_/.test(v),
    'must be a Stripe secret or restricted key (sk_test_…, sk_live_…)',
  ),
  STRIPE_WEBHOOK_SECRET: optionalText.refine((v) => !v || v.startsWith('whsec_'), 'must start with whsec_'),
  STRIPE_API_URL: url(['http://', 'https://']),
  STRIPE_RETURN_URL: url(['http://', 'https://']),
});

/** Rules between variables; checked on the raw environment so they are reported together with the rest. */
function crossProblems(env: NodeJS.ProcessEnv): string[] {
  const has = (name: string) => Boolean(env[name]?.trim());
  const problems: string[] = [];
  if (has('DISCORD_TOKEN') && !has('DISCORD_APPLICATION_ID')) {
    problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  }
  if ((has('SLACK_BOT_TOKEN') || has('SLACK_CLIENT_ID')) && !has('SLACK_SIGNING_SECRET') && !has('SLACK_APP_TOKEN')) {
    problems.push('SLACK_SIGNING_SECRET: required for Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (has('FEISHU_APP_ID') !== has('FEISHU_APP_SECRET')) {
    problems.push('FEISHU_APP_ID and FEISHU_APP_SECRET: set both (the Feishu bot starts only with both)');
  }
  if (has('STRIPE_SECRET_KEY') && !has('STRIPE_WEBHOOK_SECRET')) {
    problems.push('STRIPE_WEBHOOK_SECRET: required with STRIPE_SECRET_KEY (payments are recorded from webhooks)');
  }
  if (has('SLACK_CLIENT_ID')) {
    for (const name of ['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_TOKEN_KEY']) {
      if (!has(name)) problems.push(`${name}: required with SLACK_CLIENT_ID (multi-workspace install)`);
    }
  }
  return problems;
}

export type Config = z.infer<typeof configSchema> & { readonly publicUrl: string };

/** Raised with every bad variable named, so one run shows everything to fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the configuration from environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`)),
    ...crossProblems(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const c = parsed.data;
  const host = c.HOST === '0.0.0.0' || c.HOST === '::' ? '127.0.0.1' : c.HOST;
  return { ...c, publicUrl: (c.PUBLIC_URL ?? `http://${host}:${c.PORT}`).replace(/\/+$/, '') };
}
