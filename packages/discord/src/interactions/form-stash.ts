import { randomBytes } from 'node:crypto';
import type { Form } from '@snowball/commands';

const PREFIX = 'discord-form:';

/**
 * Forms that could not be opened directly (a deferred interaction or a modal submission cannot answer with
 * a modal), kept briefly so a button can open them. Lives in memory: after a restart the button answers
 * "no longer valid" and the person runs the command again.
 */
export class FormStash {
  private readonly forms = new Map<string, { form: Form; expires: number }>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps the form and returns the custom id of a button that opens it. */
  put(form: Form): string {
    const now = this.now();
    for (const [key, entry] of this.forms) if (entry.expires <= now) this.forms.delete(key);
    while (this.forms.size >= this.max) this.forms.delete(this.forms.keys().next().value as string);
    const key = randomBytes(12).toString('hex');
    this.forms.set(key, { form, expires: now + this.ttlMs });
    return `${PREFIX}${key}`;
  }

  /** The form behind a button's custom id, while it is still kept; the button may be pressed again. */
  get(customId: string): Form | null {
    const entry = this.forms.get(customId.slice(PREFIX.length));
    return entry && entry.expires > this.now() ? entry.form : null;
  }

  static isStashed(customId: string): boolean {
    return customId.startsWith(PREFIX);
  }
}
