import { escapeMarkdown } from 'discord.js';

// Discord's own autolink pattern: a link runs to whitespace or `<` and does not end in punctuation.
const URL = /https?:\/\/[^\s<]+[^<.,:;"')\]\s]/g;

function escapeSegment(text: string): string {
  return (
    escapeMarkdown(text, {
      heading: true,
      bulletedList: true,
      numberedList: true,
    })
      // Masked links (`[text](url)`) are broken at the bracket: the link itself is kept whole below.
      .replace(/\[/g, '\\[')
      .replace(/<(?=[@#:/]|a:|t:)/g, '\\<')
      .replace(/^(\s*)>/gm, '$1\\>')
  );
}

/**
 * Makes plain text show literally in Discord markdown: every formatting character, headings, lists,
 * quotes and masked links are escaped, and mention/channel/emoji/timestamp syntax (`<@&id>`, `<#id>`,
 * `<t:…>`) is broken with a backslash so it renders as typed. Links are left whole: Discord reads them
 * before any formatting, and a backslash inside one (a login token with `_`) would break it. Pings are
 * stopped by `allowed_mentions`; this keeps user text from even looking like a mention or formatting.
 */
export function escapeDiscordText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL)) {
    out += escapeSegment(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + escapeSegment(text.slice(last));
}

/**
 * Cuts text to `max` characters (code points, so no surrogate pair is split), ending with "…" when cut.
 * A trailing lone backslash left by the cut is dropped so it cannot escape the ellipsis.
 */
export function truncateDiscordText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let cut = chars.slice(0, Math.max(0, max - 1)).join('');
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}
