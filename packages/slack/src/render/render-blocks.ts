import type { types } from '@slack/bolt';
import type { Button, Field, Item, MessageReply } from '@snowball/commands';
import { escapedChunks, escapedWithin, truncate } from './slack-text.js';

type KnownBlock = types.KnownBlock;
type ButtonElement = types.Button;

/** Block Kit limits (api.slack.com/reference/block-kit). */
export const BLOCK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  buttonText: 75,
  actionId: 255,
  buttonValue: 2000,
  elementsPerActions: 25,
  fallbackText: 3000,
} as const;

/** A message ready for `chat.postMessage`, `respond()` or an `ack()` body. */
export interface SlackMessage {
  /** Notification / screen-reader fallback; escaped like the blocks. */
  readonly text: string;
  readonly blocks: KnownBlock[];
}

const TONE_PREFIX: Record<NonNullable<MessageReply['tone']>, string> = {
  info: '',
  success: ':white_check_mark: ',
  warning: ':warning: ',
  error: ':x: ',
};

/**
 * Renders a neutral message as Block Kit: header, text sections, fields, one section per item, buttons.
 * Every piece of text is user-controlled as far as we know, so mrkdwn is escaped and `verbatim` (no
 * auto-linking of names or URLs), and plain_text is used where Slack allows only plain text.
 */
export function renderBlocks(reply: MessageReply, maxBlocks: number = BLOCK_LIMITS.messageBlocks): SlackMessage {
  const blocks: KnownBlock[] = [];
  const prefix = TONE_PREFIX[reply.tone ?? 'info'];
  if (reply.title) blocks.push(header(reply.title));
  if (reply.text) {
    const chunks = escapedChunks(reply.text, BLOCK_LIMITS.sectionText - prefix.length, 3);
    chunks.forEach((chunk, i) => {
      blocks.push(section(`${i === 0 ? prefix : ''}${chunk}`));
    });
  }
  blocks.push(...fieldSections(reply.fields ?? []));
  for (const item of reply.items ?? []) blocks.push(...itemBlocks(item));
  const actions = actionsBlock(reply.buttons ?? [], 'actions');
  if (actions) blocks.push(actions);
  return { text: fallbackText(reply), blocks: capBlocks(blocks, maxBlocks) };
}

function fallbackText(reply: MessageReply): string {
  const parts = [reply.title, reply.text].filter((p): p is string => Boolean(p));
  const first = parts.join('\n') || reply.items?.[0]?.title || '';
  return escapedWithin(first, BLOCK_LIMITS.fallbackText) || ' ';
}

function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, BLOCK_LIMITS.headerText), emoji: true } };
}

function section(mrkdwn: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn, verbatim: true } };
}

function fieldText(field: Field): string {
  const name = escapedWithin(field.name, 200);
  const value = field.verbatim
    ? truncate(field.value, BLOCK_LIMITS.fieldText - name.length - 3)
    : escapedWithin(field.value || '—', BLOCK_LIMITS.fieldText - name.length - 3);
  return `*${name}*\n${value}`;
}

function fieldSections(fields: readonly Field[]): KnownBlock[] {
  const out: KnownBlock[] = [];
  for (let i = 0; i < fields.length; i += BLOCK_LIMITS.fieldsPerSection) {
    out.push({
      type: 'section',
      fields: fields
        .slice(i, i + BLOCK_LIMITS.fieldsPerSection)
        .map((f) => ({ type: 'mrkdwn', text: fieldText(f), verbatim: true })),
    });
  }
  return out;
}

function itemBlocks(item: Item): KnownBlock[] {
  const title = `*${escapedWithin(item.title, 500)}*`;
  const body = item.text ? escapedWithin(item.text, BLOCK_LIMITS.sectionText - title.length - 1) : '';
  const blocks: KnownBlock[] = [{ type: 'divider' }, section(body ? `${title}\n${body}` : title)];
  blocks.push(...fieldSections(item.fields ?? []));
  const actions = actionsBlock(item.buttons ?? [], undefined);
  if (actions) blocks.push(actions);
  return blocks;
}

/** One actions block; action ids must be unique within a block, so repeated buttons are dropped. */
function actionsBlock(buttons: readonly Button[], blockId: string | undefined): KnownBlock | null {
  const seen = new Set<string>();
  const elements: ButtonElement[] = [];
  for (const b of buttons) {
    if (seen.has(b.action) || b.action.length > BLOCK_LIMITS.actionId) continue;
    seen.add(b.action);
    elements.push(button(b));
  }
  if (elements.length === 0) return null;
  return {
    type: 'actions',
    ...(blockId ? { block_id: blockId } : {}),
    elements: elements.slice(0, BLOCK_LIMITS.elementsPerActions),
  };
}

/** A button carries the neutral action id both as `action_id` and `value`. */
function button(b: Button): ButtonElement {
  return {
    type: 'button',
    action_id: b.action,
    value: b.action,
    text: { type: 'plain_text', text: truncate(b.label, BLOCK_LIMITS.buttonText), emoji: true },
    ...(b.style === 'primary' || b.style === 'danger' ? { style: b.style } : {}),
  };
}

/** Keeps within Slack's block count, dropping from the end but keeping a trailing actions block if possible. */
function capBlocks(blocks: KnownBlock[], max: number): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const last = blocks[blocks.length - 1];
  if (last?.type === 'actions') return [...blocks.slice(0, max - 1), last];
  return blocks.slice(0, max);
}
