import type { types } from '@slack/bolt';
import type { Form } from '@snowball/commands';
import { type Locale, translate } from '@snowball/core';
import { slackTexts } from '../texts/slack-texts.js';
import { truncate } from './slack-text.js';

/** What a modal remembers between opening and submission (Slack hands `private_metadata` back verbatim). */
export interface ModalMetadata {
  /** The neutral action id the submission is routed to. */
  readonly action: string;
  /** Where the command or button was used, to answer there. */
  readonly channelId?: string | null;
  /** The response URL of the command or button that opened the form (valid 30 minutes). */
  readonly responseUrl?: string | null;
}

/** Modal limits (api.slack.com/reference/surfaces/views, plain_text_input). */
export const MODAL_LIMITS = { title: 24, button: 24, label: 2000, placeholder: 150, inputMaxLength: 3000 } as const;

/**
 * Renders a neutral form as a Slack modal: one plain-text input per field (block and action id = field id),
 * the action id as `callback_id` and, with the answer channel, in `private_metadata`.
 */
export function renderModal(
  form: Form,
  options: { locale: Locale; metadata?: Omit<ModalMetadata, 'action'> },
): types.ModalView {
  const metadata: ModalMetadata = { action: form.action, ...options.metadata };
  const plain = (text: string, max: number) => ({
    type: 'plain_text' as const,
    text: truncate(text, max),
    emoji: true,
  });
  return {
    type: 'modal',
    callback_id: form.action,
    private_metadata: JSON.stringify(metadata),
    title: plain(form.title, MODAL_LIMITS.title),
    submit: plain(translate(slackTexts, options.locale, 'submit'), MODAL_LIMITS.button),
    close: plain(translate(slackTexts, options.locale, 'cancel'), MODAL_LIMITS.button),
    blocks: form.fields.map((field) => {
      const maxLength = Math.min(field.maxLength, MODAL_LIMITS.inputMaxLength);
      return {
        type: 'input' as const,
        block_id: field.id,
        optional: !field.required,
        label: plain(field.label, MODAL_LIMITS.label),
        element: {
          type: 'plain_text_input' as const,
          action_id: field.id,
          multiline: field.style === 'paragraph',
          max_length: maxLength,
          ...(field.value ? { initial_value: truncate(field.value, maxLength) } : {}),
          ...(field.placeholder ? { placeholder: plain(field.placeholder, MODAL_LIMITS.placeholder) } : {}),
        },
      };
    }),
  };
}

/** Reads `private_metadata` back; a modal we did not render yields only the callback id. */
export function readModalMetadata(privateMetadata: string | undefined, callbackId: string): ModalMetadata {
  try {
    const parsed = JSON.parse(privateMetadata ?? '') as Partial<ModalMetadata>;
    if (typeof parsed.action === 'string' && parsed.action) {
      return {
        action: parsed.action,
        channelId: typeof parsed.channelId === 'string' ? parsed.channelId : null,
        responseUrl: typeof parsed.responseUrl === 'string' ? parsed.responseUrl : null,
      };
    }
  } catch {
    // Not ours: fall back to the callback id.
  }
  return { action: callbackId, channelId: null, responseUrl: null };
}
