import type { Button, Field, MessageReply } from '@snowball/commands';
import { LIMITS } from '@snowball/commands';
import {
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import { escapeDiscordText, truncateDiscordText } from './escape-discord-text.js';

/** A message body Discord accepts for interaction replies, webhook edits and channel messages alike. */
export interface DiscordMessagePayload {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** `MessageFlags.Ephemeral` for private replies. */
  readonly flags?: number;
  /** Always `{ parse: [] }`: nothing a reply contains may ping anyone. */
  readonly allowed_mentions: APIAllowedMentions;
}

const L = LIMITS.discord;
/** Discord refuses a message whose embeds hold more than 6000 characters in total. */
const EMBED_TOTAL = 6000;
const MAX_BUTTONS = L.buttonsPerRow * L.rows;

const TONE_COLORS = { info: 0x5865f2, success: 0x57f287, warning: 0xfee75c, error: 0xed4245 } as const;

const BUTTON_STYLES = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  danger: ButtonStyle.Danger,
} as const;

const chars = (text: string | undefined) => (text ? [...text].length : 0);

function embedSize(embed: APIEmbed): number {
  return (
    chars(embed.title) +
    chars(embed.description) +
    chars(embed.footer?.text) +
    (embed.fields ?? []).reduce((n, f) => n + chars(f.name) + chars(f.value), 0)
  );
}

/** Splits escaped text into pieces of at most `size` characters without separating a backslash from what it escapes. */
function splitEscaped(text: string, size: number): string[] {
  const all = [...text];
  const chunks: string[] = [];
  let start = 0;
  while (start < all.length) {
    let end = Math.min(all.length, start + size);
    let backslashes = 0;
    while (end - 1 - backslashes >= start && all[end - 1 - backslashes] === '\\') backslashes += 1;
    if (end < all.length && backslashes % 2 === 1) end -= 1;
    chunks.push(all.slice(start, end).join(''));
    start = end;
  }
  return chunks;
}

function renderField(field: Field): APIEmbedField {
  return {
    // Discord refuses empty names and values; a zero-width space is its own idiom for "blank".
    name: truncateDiscordText(escapeDiscordText(field.name), L.fieldName) || '\u200b',
    value: truncateDiscordText(field.verbatim ? field.value : escapeDiscordText(field.value), L.fieldValue) || '—',
    ...(field.inline ? { inline: true } : {}),
  };
}

/**
 * One or more embeds for a block of text and fields: long text and more than 25 fields continue in the next.
 * `prefix` (an item number) is ours and goes in unescaped.
 */
function embedsFor(
  color: number,
  title: string | undefined,
  text: string,
  fields: readonly Field[],
  prefix = '',
): APIEmbed[] {
  const rendered = fields.map(renderField);
  const heading = title ? truncateDiscordText(prefix + escapeDiscordText(title), L.embedTitle) : undefined;
  const fieldChars = rendered.reduce((n, f) => n + chars(f.name) + chars(f.value), 0);
  // Nothing past the 6000-character total could be shown, so longer text is cut before it is split.
  const description = truncateDiscordText(
    escapeDiscordText(text),
    Math.max(0, EMBED_TOTAL - chars(heading) - fieldChars),
  );
  const chunks = splitEscaped(description, L.embedDescription);
  const embeds: APIEmbed[] = [];
  const count = Math.max(chunks.length, Math.ceil(rendered.length / L.embedFields), title ? 1 : 0);
  for (let i = 0; i < count; i += 1) {
    const embed: APIEmbed = { color };
    if (i === 0 && heading) embed.title = heading;
    const chunk = chunks[i];
    if (chunk) embed.description = chunk;
    const slice = rendered.slice(i * L.embedFields, (i + 1) * L.embedFields);
    if (slice.length) embed.fields = slice;
    embeds.push(embed);
  }
  return embeds;
}

/** Cuts the longest texts until the embeds fit Discord's 6000-character total, dropping trailing embeds last. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  let excess = embeds.reduce((n, e) => n + embedSize(e), 0) - EMBED_TOTAL;
  while (excess > 0) {
    const slots: { get: () => string; set: (v: string) => void; max: number }[] = [];
    for (const e of embeds) {
      if (e.description) slots.push({ get: () => e.description ?? '', set: (v) => (e.description = v), max: 0 });
      for (const f of e.fields ?? []) slots.push({ get: () => f.value, set: (v) => (f.value = v), max: 1 });
    }
    const longest = slots.sort((a, b) => chars(b.get()) - chars(a.get()))[0];
    const size = chars(longest?.get());
    if (!longest || size <= 40) {
      embeds.pop();
    } else {
      longest.set(truncateDiscordText(longest.get(), Math.max(40, size - excess)));
    }
    excess = embeds.reduce((n, e) => n + embedSize(e), 0) - EMBED_TOTAL;
  }
  return embeds;
}

function renderButtons(buttons: readonly Button[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const seen = new Set<string>();
  const usable = buttons.filter((b) => {
    // A custom id longer than Discord allows could never be routed back; duplicates are refused outright.
    if (b.action.length > L.customId || seen.has(b.action)) return false;
    seen.add(b.action);
    return true;
  });
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (const [i, b] of usable.slice(0, MAX_BUTTONS).entries()) {
    if (i % L.buttonsPerRow === 0) rows.push({ type: ComponentType.ActionRow, components: [] });
    rows[rows.length - 1]?.components.push({
      type: ComponentType.Button,
      custom_id: b.action,
      // Labels are plain text on Discord: no markdown, so no escaping.
      label: truncateDiscordText(b.label, L.buttonLabel),
      style: BUTTON_STYLES[b.style ?? 'secondary'],
    });
  }
  return rows;
}

/**
 * Renders a neutral message reply as embeds and button rows: the reply's own text and fields first, then
 * one embed per item (numbered, and its buttons numbered alike, when several items carry buttons).
 * All text is escaped, lengths are cut to Discord's limits, private replies are ephemeral, and
 * `allowed_mentions` is always empty so user text can never ping @everyone, a role or a user.
 */
export function renderReply(reply: MessageReply): DiscordMessagePayload {
  const color = TONE_COLORS[reply.tone ?? 'info'];
  const items = reply.items ?? [];
  const numbered = items.filter((item) => item.buttons?.length).length > 1;
  let embeds = embedsFor(color, reply.title, reply.text, reply.fields ?? []);
  const buttons: Button[] = [...(reply.buttons ?? [])];
  const itemEmbeds: APIEmbed[] = [];
  for (const [i, item] of items.entries()) {
    itemEmbeds.push(...embedsFor(color, item.title, item.text ?? '', item.fields ?? [], numbered ? `${i + 1}. ` : ''));
    for (const b of item.buttons ?? []) buttons.push(numbered ? { ...b, label: `${i + 1} · ${b.label}` } : b);
  }
  if (embeds.length + itemEmbeds.length > L.embeds) {
    embeds = embeds.slice(0, L.embeds);
    const room = Math.max(0, L.embeds - embeds.length);
    const hidden = itemEmbeds.length - room;
    embeds = [...embeds, ...itemEmbeds.slice(0, room)];
    const last = embeds[embeds.length - 1];
    if (last) last.footer = { text: `+${hidden}` };
  } else {
    embeds = [...embeds, ...itemEmbeds];
  }
  embeds = fitTotal(embeds);
  if (embeds.length === 0) embeds = [{ color, description: '\u200b' }];
  return {
    embeds,
    components: renderButtons(buttons),
    ...(reply.private ? { flags: MessageFlags.Ephemeral } : {}),
    allowed_mentions: { parse: [] },
  };
}
