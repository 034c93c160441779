import type { ConversationCase } from './conversation-cases.js';
import type { NeutralButton, NeutralInvocation, NeutralReply } from './neutral-shapes.js';

/** Every text a reply shows, joined: title, text, fields, items and buttons, or a form's title and labels. */
export function neutralReplyText(reply: NeutralReply): string {
  if (reply.kind === 'form') return [reply.form.title, ...reply.form.fields.map((f) => f.label)].join('\n');
  const parts = [reply.title ?? '', reply.text];
  for (const f of reply.fields ?? []) parts.push(f.name, f.value);
  for (const item of reply.items ?? []) {
    parts.push(item.title, item.text ?? '');
    for (const f of item.fields ?? []) parts.push(f.name, f.value);
  }
  parts.push(...neutralButtons(reply).map((b) => b.label));
  return parts.filter(Boolean).join('\n');
}

/** A message's buttons in display order: each item's, then the reply's own (as every surface lays them out). */
export function neutralButtons(reply: NeutralReply): NeutralButton[] {
  if (reply.kind === 'form') return [];
  return [...(reply.items ?? []).flatMap((i) => i.buttons ?? []), ...(reply.buttons ?? [])];
}

/** What is wrong with a reply against the case's check; empty when it passes. */
export function conversationReplyProblems(reply: NeutralReply, expect: ConversationCase['expect']): string[] {
  const problems: string[] = [];
  const text = neutralReplyText(reply);
  for (const words of expect.says) if (!text.includes(words)) problems.push(`does not say "${words}"`);
  if (expect.form) {
    if (reply.kind !== 'form') return [...problems, `is a message, not the form ${expect.form.action}`];
    if (!reply.form.action.startsWith(expect.form.action)) problems.push(`opens ${reply.form.action}`);
    const fields = reply.form.fields.map((f) => f.id);
    if (fields.join() !== expect.form.fields.join()) problems.push(`asks for ${fields.join(', ')}`);
    return problems;
  }
  if (reply.kind !== 'message') return [...problems, `opens the form ${reply.form.action} instead of answering`];
  if (expect.private !== undefined && reply.private !== expect.private) {
    problems.push(reply.private ? 'is private' : 'is public');
  }
  if (expect.tone !== undefined && reply.tone !== expect.tone) problems.push(`has tone ${reply.tone ?? 'none'}`);
  if (expect.items !== undefined && (reply.items?.length ?? 0) !== expect.items) {
    problems.push(`has ${reply.items?.length ?? 0} items`);
  }
  const buttons = neutralButtons(reply).map((b) => b.action);
  const wanted = expect.buttons ?? [];
  if (buttons.length !== wanted.length || wanted.some((prefix, i) => !buttons[i]?.startsWith(prefix))) {
    problems.push(`has buttons [${buttons.join(', ')}]`);
  }
  return problems;
}

/** A reply with generated values masked, so two runs of the same step compare equal. */
export function comparableReply(reply: NeutralReply, generated?: RegExp): NeutralReply {
  if (!generated) return reply;
  const pattern = new RegExp(generated.source, generated.flags.includes('g') ? generated.flags : `${generated.flags}g`);
  return JSON.parse(JSON.stringify(reply), (_key, value: unknown) =>
    typeof value === 'string' ? value.replace(pattern, '<generated>') : value,
  ) as NeutralReply;
}

/**
 * What an invocation asks for, without who asked: the part every surface must agree on. Form inputs left
 * empty are dropped: whether an empty input is sent at all is the surface's business, not the command's.
 */
export function comparableInvocation(invocation: NeutralInvocation): Record<string, unknown> {
  switch (invocation.type) {
    case 'command':
      return {
        type: 'command',
        name: invocation.name,
        subcommand: invocation.subcommand ?? null,
        options: { ...invocation.options },
      };
    case 'action':
      return { type: 'action', action: invocation.action };
    case 'form':
      return {
        type: 'form',
        action: invocation.action,
        values: Object.fromEntries(Object.entries(invocation.values).filter(([, v]) => v !== '')),
      };
    default:
      return { type: invocation.type };
  }
}
