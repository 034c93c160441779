import type { Locale } from '@snowball/core';
import { parseActionValue } from '../render/card-value.js';
import type { FeishuCardActionData } from './feishu-event-data.js';

/** A pressed button or a submitted card form, in neutral terms (without the caller). */
export type FeishuCardIntent =
  | { readonly kind: 'action'; readonly action: string; readonly locale: Locale | null }
  | {
      readonly kind: 'form';
      readonly action: string;
      readonly values: Readonly<Record<string, string>>;
      readonly locale: Locale | null;
    };

/** Who pressed, where. */
export interface FeishuCardOrigin {
  readonly tenantKey: string;
  readonly openId: string;
  readonly chatId: string | null;
}

export function cardOrigin(data: FeishuCardActionData): FeishuCardOrigin | null {
  const openId = data.operator?.open_id;
  const tenantKey = data.tenant_key ?? data.operator?.tenant_key;
  if (!openId || !tenantKey) return null;
  return { tenantKey, openId, chatId: data.context?.open_chat_id ?? null };
}

/** Reads a card callback: our button's value routes to the catalogue; a form's inputs come as `form_value`. */
export function fromCardAction(data: FeishuCardActionData): FeishuCardIntent | null {
  const value = parseActionValue(data.action?.value);
  if (!value) return null;
  const locale = value.locale ?? null;
  if (!value.form) return { kind: 'action', action: value.action, locale };
  const values: Record<string, string> = {};
  for (const [name, raw] of Object.entries(data.action?.form_value ?? {})) {
    if (raw === null || raw === undefined) continue;
    values[name] = Array.isArray(raw) ? raw.map(String).join(',') : String(raw);
  }
  return { kind: 'form', action: value.action, values, locale };
}
