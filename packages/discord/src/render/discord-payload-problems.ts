import { LIMITS } from '@snowball/commands';
import type { APIModalInteractionResponseCallbackData } from 'discord.js';
import type { DiscordMessagePayload } from './render-reply.js';

const L = LIMITS.discord;
const len = (text: string | undefined) => (text ? [...text].length : 0);

/** Everything about a rendered message that Discord would refuse (or that would ping someone). */
export function discordPayloadProblems(payload: DiscordMessagePayload): string[] {
  const problems: string[] = [];
  if (payload.allowed_mentions.parse?.length !== 0) problems.push('allowed_mentions must parse nothing');
  if (payload.embeds.length > L.embeds) problems.push(`more than ${L.embeds} embeds`);
  let total = 0;
  for (const [i, e] of payload.embeds.entries()) {
    if (len(e.title) > L.embedTitle) problems.push(`embed ${i}: title too long`);
    if (len(e.description) > L.embedDescription) problems.push(`embed ${i}: description too long`);
    if ((e.fields?.length ?? 0) > L.embedFields) problems.push(`embed ${i}: more than ${L.embedFields} fields`);
    for (const f of e.fields ?? []) {
      if (len(f.name) < 1 || len(f.name) > L.fieldName) problems.push(`embed ${i}: field name length`);
      if (len(f.value) < 1 || len(f.value) > L.fieldValue) problems.push(`embed ${i}: field value length`);
    }
    if (!e.title && !e.description && !e.fields?.length) problems.push(`embed ${i}: empty`);
    total += len(e.title) + len(e.description) + len(e.footer?.text);
    total += (e.fields ?? []).reduce((n, f) => n + len(f.name) + len(f.value), 0);
  }
  if (total > 6000) problems.push(`embeds hold ${total} characters, more than 6000`);
  if (payload.components.length > L.rows) problems.push(`more than ${L.rows} rows`);
  const ids = new Set<string>();
  for (const row of payload.components) {
    if (row.components.length < 1 || row.components.length > L.buttonsPerRow) problems.push('row size');
    for (const b of row.components) {
      if (b.custom_id.length < 1 || b.custom_id.length > L.customId) problems.push(`custom id ${b.custom_id}: length`);
      if (ids.has(b.custom_id)) problems.push(`custom id ${b.custom_id}: duplicate`);
      ids.add(b.custom_id);
      if (len(b.label) < 1 || len(b.label) > L.buttonLabel) problems.push(`button ${b.custom_id}: label length`);
    }
  }
  if (len(payload.content) > 2000) problems.push('content longer than 2000');
  return problems;
}

/** Everything about a rendered modal that Discord would refuse. */
export function discordModalProblems(modal: APIModalInteractionResponseCallbackData): string[] {
  const problems: string[] = [];
  if (len(modal.title) < 1 || len(modal.title) > L.modalTitle) problems.push('modal title length');
  if (modal.custom_id.length > L.customId) problems.push('modal custom id too long');
  if (modal.components.length < 1 || modal.components.length > L.modalFields) problems.push('modal component count');
  for (const c of modal.components) {
    if (c.type !== 18) continue;
    if (len(c.label) < 1 || len(c.label) > L.inputLabel) problems.push(`label ${c.label}: length`);
    const input = c.component;
    if (input.type !== 4) continue;
    const max = input.max_length ?? L.inputMaxLength;
    if (max > L.inputMaxLength) problems.push(`input ${input.custom_id}: max_length above 4000`);
    if (len(input.value) > max) problems.push(`input ${input.custom_id}: value longer than max_length`);
    if (len(input.placeholder) > 100) problems.push(`input ${input.custom_id}: placeholder too long`);
  }
  return problems;
}
