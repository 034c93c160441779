/** Escapes the three characters Slack's markup gives meaning to, so user text never mentions or links. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to at most `max` characters (code points, never half a surrogate pair), ending with "…". */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Escapes user text for a mrkdwn field of at most `max` characters. Cuts before escaping so an entity
 * such as `&amp;` is never split (Slack counts the escaped length).
 */
export function escapedWithin(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const ch of text) {
    const next = escapeMrkdwn(ch);
    if (out.length + next.length > max - 1) break;
    out += next;
  }
  return `${out}…`;
}

/** Splits user text into escaped pieces of at most `max` characters; at most `limit` pieces, the last one cut. */
export function escapedChunks(text: string, max: number, limit: number): string[] {
  const chars = [...text];
  const chunks: string[] = [];
  let i = 0;
  while (i < chars.length) {
    if (chunks.length === limit - 1) {
      chunks.push(escapedWithin(chars.slice(i).join(''), max));
      break;
    }
    let current = '';
    while (i < chars.length) {
      const next = escapeMrkdwn(chars[i] as string);
      if (current.length + next.length > max) break;
      current += next;
      i += 1;
    }
    chunks.push(current);
  }
  return chunks;
}
