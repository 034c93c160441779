import type { Button, Field, Form, MessageReply } from '@snowball/commands';
import { type Locale, translate } from '@snowball/core';
import { feishuTexts } from '../texts/feishu-texts.js';
import type { FeishuActionValue } from './card-value.js';

/** A Feishu interactive card (card JSON 2.0), ready for `msg_type: interactive`. */
export interface FeishuCard {
  readonly schema: '2.0';
  readonly config: { readonly update_multi: true };
  readonly header?: {
    readonly title: { readonly tag: 'plain_text'; readonly content: string };
    readonly template: string;
  };
  readonly body: { readonly elements: readonly Record<string, unknown>[] };
}

/** Feishu's limit on a card input's `max_length` ([1, 1000]). */
export const FEISHU_INPUT_MAX = 1000;
/** Feishu's limit on an input's placeholder. */
const FEISHU_PLACEHOLDER_MAX = 100;

const TEMPLATE: Record<NonNullable<MessageReply['tone']>, string> = {
  info: 'blue',
  success: 'green',
  warning: 'orange',
  error: 'red',
};

// Every text is `plain_text`: what members wrote is shown as written and can never format, link or @mention.
const plain = (content: string) => ({ tag: 'plain_text' as const, content });
const div = (content: string) => ({ tag: 'div', text: plain(content) });

function field(f: Field): Record<string, unknown> {
  return div(`${f.name}\n${f.value}`);
}

function button(b: Button, locale: Locale | undefined): Record<string, unknown> {
  const value: FeishuActionValue = { action: b.action, ...(locale ? { locale } : {}) };
  return {
    tag: 'button',
    text: plain(b.label),
    type: b.style === 'primary' ? 'primary' : b.style === 'danger' ? 'danger' : 'default',
    behaviors: [{ type: 'callback', value }],
  };
}

/**
 * A message reply as a card: the title in the header (coloured by tone), the text, the fields, each item
 * with its own fields and buttons, then the reply's buttons. `locale` is stamped on the buttons.
 */
export function renderCard(reply: Omit<MessageReply, 'kind' | 'private'>, locale?: Locale): FeishuCard {
  const elements: Record<string, unknown>[] = [];
  if (reply.text) elements.push(div(reply.text));
  for (const f of reply.fields ?? []) elements.push(field(f));
  for (const item of reply.items ?? []) {
    elements.push({ tag: 'hr' });
    elements.push(div(item.title));
    if (item.text) elements.push(div(item.text));
    for (const f of item.fields ?? []) elements.push(field(f));
    for (const b of item.buttons ?? []) elements.push(button(b, locale));
  }
  if (reply.buttons?.length) {
    if (reply.items?.length) elements.push({ tag: 'hr' });
    for (const b of reply.buttons) elements.push(button(b, locale));
  }
  return {
    schema: '2.0',
    config: { update_multi: true },
    ...(reply.title ? { header: { title: plain(reply.title), template: TEMPLATE[reply.tone ?? 'info'] } } : {}),
    body: { elements },
  };
}

/**
 * A form as a card with a form container: one input per field (pre-filled, required as the form says) and
 * a submit button whose callback carries the form's action; Feishu sends the inputs as `form_value`.
 */
export function renderFormCard(form: Form, locale: Locale): FeishuCard {
  const inputs = form.fields.map((f) => ({
    tag: 'input',
    name: f.id,
    label: plain(f.label),
    label_position: 'top',
    required: f.required,
    max_length: Math.min(f.maxLength, FEISHU_INPUT_MAX),
    input_type: f.style === 'paragraph' ? 'multiline_text' : 'text',
    ...(f.style === 'paragraph' ? { rows: 4 } : {}),
    ...(f.placeholder ? { placeholder: plain([...f.placeholder].slice(0, FEISHU_PLACEHOLDER_MAX).join('')) } : {}),
    ...(f.value ? { default_value: f.value } : {}),
  }));
  const value: FeishuActionValue = { action: form.action, locale, form: true };
  return {
    schema: '2.0',
    config: { update_multi: true },
    header: { title: plain(form.title), template: 'blue' },
    body: {
      elements: [
        {
          tag: 'form',
          name: 'snowball_form',
          elements: [
            ...inputs,
            {
              tag: 'button',
              name: 'submit',
              text: plain(translate(feishuTexts, locale, 'submit')),
              type: 'primary',
              form_action_type: 'submit',
              behaviors: [{ type: 'callback', value }],
            },
          ],
        },
      ],
    },
  };
}
