import { randomBytes } from 'node:crypto';
import type { Form } from '@snowball/commands';

const PREFIX = 'discord-form:';
const DEFAULT_TTL_MS = 15 * 60_000;

/**
 * Forms that could not be opened directly (a deferred interaction or a modal submission cannot answer with
 * a modal), kept briefly so a button can open them. With several bot or API processes the button may be
 * pressed on another one, so production keeps them in Redis (`RedisFormStash`).
 */
export interface FormStore {
  /** Keeps the form and returns the custom id of a button that opens it. */
  put(form: Form): Promise<string>;
  /** The form behind a button's custom id, while it is still kept; the button may be pressed again. */
  get(customId: string): Promise<Form | null>;
}

function newCustomId(): { key: string; customId: string } {
  const key = randomBytes(12).toString('hex');
  return { key, customId: `${PREFIX}${key}` };
}

/**
 * Forms in this process's memory (one process, tests). After a restart the button answers "no longer valid"
 * and the person runs the command again.
 */
export class FormStash implements FormStore {
  private readonly forms = new Map<string, { form: Form; expires: number }>();

  constructor(
    private readonly ttlMs = DEFAULT_TTL_MS,
    private readonly max = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async put(form: Form): Promise<string> {
    const now = this.now();
    for (const [key, entry] of this.forms) if (entry.expires <= now) this.forms.delete(key);
    while (this.forms.size >= this.max) this.forms.delete(this.forms.keys().next().value as string);
    const { key, customId } = newCustomId();
    this.forms.set(key, { form, expires: now + this.ttlMs });
    return customId;
  }

  async get(customId: string): Promise<Form | null> {
    const entry = this.forms.get(customId.slice(PREFIX.length));
    return entry && entry.expires > this.now() ? entry.form : null;
  }

  static isStashed(customId: string): boolean {
    return customId.startsWith(PREFIX);
  }
}

/** The two Redis commands the stash needs (ioredis' `Redis` has them). */
export interface FormStashRedis {
  set(key: string, value: string, mode: 'PX', milliseconds: number): Promise<unknown>;
  get(key: string): Promise<string | null>;
}

/** Forms in Redis with an expiry, readable by every bot and API process of the deployment. */
export class RedisFormStash implements FormStore {
  constructor(
    private readonly redis: FormStashRedis,
    private readonly options: { readonly prefix?: string; readonly ttlMs?: number } = {},
  ) {}

  async put(form: Form): Promise<string> {
    const { key, customId } = newCustomId();
    await this.redis.set(this.redisKey(key), JSON.stringify(form), 'PX', this.options.ttlMs ?? DEFAULT_TTL_MS);
    return customId;
  }

  async get(customId: string): Promise<Form | null> {
    if (!FormStash.isStashed(customId)) return null;
    const stored = await this.redis.get(this.redisKey(customId.slice(PREFIX.length)));
    return stored ? (JSON.parse(stored) as Form) : null;
  }

  private redisKey(key: string): string {
    return `${this.options.prefix ?? 'snowball'}:discord-form:${key}`;
  }
}
