/** Every `text` string in a Slack payload (message text, blocks, fields, buttons), joined by new lines. */
export function slackTextIn(payload: unknown): string {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'text' && typeof inner === 'string') parts.push(inner);
        else walk(inner);
      }
    }
  };
  walk(payload);
  return parts.join('\n');
}
