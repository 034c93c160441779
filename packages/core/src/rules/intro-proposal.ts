/** A member may have at most this many of their own introduction requests waiting for an answer. */
export const MAX_OPEN_PROPOSALS = 3;

/** The longest reason a member may give when asking for an introduction. */
export const PROPOSAL_REASON_MAX = 500;

/**
 * The platform user id in a mention as Discord (`<@123>`, `<@!123>`) and Slack (`<@U123>`, `<@U123|name>`)
 * send it inside command text; null when the text is not one mention.
 */
export function mentionedUserId(text: string): string | null {
  const match = /^<@!?([A-Za-z0-9_-]+)(?:\|[^>]*)?>$/.exec(text.trim());
  return match?.[1] ?? null;
}

/**
 * A handle as a member may type it without a mention (`@lin_chen` or `lin_chen`), lowercased; null when the
 * text cannot be a handle.
 */
export function typedHandle(text: string): string | null {
  const handle = text
    .trim()
    .replace(/^[@＠]/, '')
    .toLowerCase();
  // Handles are latin letters, digits and dashes, or CJK (see `handleFrom`): one word, no markup.
  return /^[^\s<>@＠|:]{1,64}$/u.test(handle) ? handle : null;
}
