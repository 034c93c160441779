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

/** Every environment variable snowball reads, with its default; the README's configuration table mirrors this. */
export const configSchema = z.object({
  DATABASE_URL: url(['postgres://', 'postgresql://']),
  SNOWBALL_DATA_DIR: z.string().default('.data'),
  REDIS_URL: url(['redis://', 'rediss://']),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
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
