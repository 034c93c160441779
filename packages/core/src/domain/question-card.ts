import type { Question } from './question.js';

/**
 * What a question's staff card shows, as one comparable string: its status, who claimed it, who answered it. The
 * card is edited whenever this changes (the Postgres repository builds the same string in SQL).
 */
export function questionCardState(question: Pick<Question, 'status' | 'claimedBy' | 'answeredBy'>): string {
  return `${question.status}:${question.claimedBy ?? ''}:${question.answeredBy ?? ''}`;
}

/** The key of a question's staff card among the bot's channel posts. */
export function questionCardKey(questionId: string): string {
  return `question:${questionId}`;
}
