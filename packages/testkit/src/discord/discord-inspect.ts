import type { DiscordJson } from './discord-payloads.js';

/** A button as it appears in a message's components. */
export interface SentDiscordButton {
  readonly custom_id: string;
  readonly label: string;
  readonly style: number;
}

/** The message (or modal) data of a REST body: an interaction callback's `data`, else the body itself. */
export function discordMessageData(body: unknown): DiscordJson {
  const object = (body ?? {}) as DiscordJson;
  return 'type' in object && 'data' in object ? ((object.data ?? {}) as DiscordJson) : object;
}

/** Every button in a message body or interaction callback, in order. */
export function discordButtonsIn(body: unknown): SentDiscordButton[] {
  const rows = (discordMessageData(body).components ?? []) as { components?: DiscordJson[] }[];
  return rows.flatMap((row) => (row.components ?? []).filter((c) => c.type === 2)) as unknown as SentDiscordButton[];
}

/** All visible text of a message body: content, embed titles, descriptions, fields and footers. */
export function discordTextIn(body: unknown): string {
  const data = discordMessageData(body);
  const parts: string[] = [typeof data.content === 'string' ? data.content : ''];
  for (const embed of (data.embeds ?? []) as DiscordJson[]) {
    parts.push(String(embed.title ?? ''), String(embed.description ?? ''));
    for (const field of (embed.fields ?? []) as DiscordJson[]) parts.push(String(field.name), String(field.value));
    parts.push(String((embed.footer as DiscordJson | undefined)?.text ?? ''));
  }
  return parts.filter(Boolean).join('\n');
}

/** The text inputs of a modal callback (type 9): custom id, label, style, required, max length. */
export function discordModalInputs(body: unknown): DiscordJson[] {
  const rows = (discordMessageData(body).components ?? []) as DiscordJson[];
  return rows.flatMap((row) =>
    row.type === 18 ? [row.component as DiscordJson] : ((row.components ?? []) as DiscordJson[]),
  );
}
