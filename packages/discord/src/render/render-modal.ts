import type { Form } from '@snowball/commands';
import { LIMITS } from '@snowball/commands';
import { type APIModalInteractionResponseCallbackData, ComponentType, TextInputStyle } from 'discord.js';
import { truncateDiscordText } from './escape-discord-text.js';

const L = LIMITS.discord;
const PLACEHOLDER_MAX = 100;

/**
 * Renders a neutral form as a Discord modal: one Label (type 18) around a text input per field, the form's
 * action as the modal's custom id so the submission routes back to the command. Modal text is plain
 * (no markdown), so it is cut to the limits but not escaped.
 */
export function renderModal(form: Form): APIModalInteractionResponseCallbackData {
  return {
    custom_id: form.action,
    title: truncateDiscordText(form.title, L.modalTitle),
    components: form.fields.slice(0, L.modalFields).map((field) => {
      const maxLength = Math.min(Math.max(1, field.maxLength), L.inputMaxLength);
      return {
        type: ComponentType.Label,
        label: truncateDiscordText(field.label, L.inputLabel),
        component: {
          type: ComponentType.TextInput,
          custom_id: field.id,
          style: field.style === 'short' ? TextInputStyle.Short : TextInputStyle.Paragraph,
          required: field.required,
          max_length: maxLength,
          ...(field.placeholder ? { placeholder: truncateDiscordText(field.placeholder, PLACEHOLDER_MAX) } : {}),
          // A prefilled value longer than the input allows makes Discord refuse the whole modal.
          ...(field.value ? { value: truncateDiscordText(field.value, maxLength) } : {}),
        },
      };
    }),
  };
}
