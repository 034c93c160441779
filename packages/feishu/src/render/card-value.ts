import type { Locale } from '@snowball/core';

/**
 * What a card button carries back in `card.action.trigger`: the catalogue action it routes to, and the
 * language the card was shown in (Feishu tells the bot nothing about a person's language, so a newcomer's
 * next step continues in the language of the card they pressed). `form` marks a form's submit button.
 */
export interface FeishuActionValue {
  readonly action: string;
  readonly locale?: Locale;
  readonly form?: boolean;
}

/** Reads a button's value back, or null when it is not one of ours. */
export function parseActionValue(value: unknown): FeishuActionValue | null {
  const v = (typeof value === 'string' ? safeJson(value) : value) as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || typeof v.action !== 'string' || !v.action) return null;
  const locale = v.locale === 'en' || v.locale === 'zh-CN' ? v.locale : undefined;
  return { action: v.action, ...(locale ? { locale } : {}), ...(v.form === true ? { form: true } : {}) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
