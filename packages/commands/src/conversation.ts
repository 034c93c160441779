import type { QuestionMessage } from '@snowball/core';
import { clip } from './texter.js';

/** The latest few messages of a question's conversation shown in a chat reply; the panel shows more. */
const SHOWN = 4;
const PER_MESSAGE = 400;

/** A question's follow-ups and replies as plain lines ("Coach: …"), the newest last; empty when there are none. */
export function conversationLines(
  thread: readonly QuestionMessage[],
  names: { readonly coach: string; readonly member: string },
): string {
  return thread
    .slice(-SHOWN)
    .map((m) => `${m.from === 'coach' ? names.coach : names.member}: ${clip(m.body, PER_MESSAGE)}`)
    .join('\n');
}
