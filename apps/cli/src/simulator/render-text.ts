import type { Button, Reply } from '@snowball/commands';

/** Renders a neutral reply as terminal text; buttons become numbered choices, returned in display order. */
export function renderText(reply: Reply): { text: string; buttons: Button[] } {
  if (reply.kind === 'form') {
    return { text: `📝 ${reply.form.title}`, buttons: [] };
  }
  const lines: string[] = [];
  const buttons: Button[] = [];
  const press = (b: Button) => {
    buttons.push(b);
    return `[${buttons.length}] ${b.label}`;
  };
  if (reply.private) lines.push('(only you can see this)');
  if (reply.title) lines.push(`== ${reply.title} ==`);
  if (reply.text) lines.push(reply.text);
  for (const f of reply.fields ?? []) lines.push(`${f.name}: ${f.value}`);
  for (const item of reply.items ?? []) {
    lines.push('', `• ${item.title}`);
    if (item.text) lines.push(...item.text.split('\n').map((l) => `  ${l}`));
    for (const f of item.fields ?? []) lines.push(`  ${f.name}: ${f.value}`);
    if (item.buttons?.length) lines.push(`  ${item.buttons.map(press).join('  ')}`);
  }
  if (reply.buttons?.length) lines.push('', reply.buttons.map(press).join('  '));
  return { text: lines.join('\n'), buttons };
}
