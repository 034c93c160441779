import { type ByDay, DomainError, formatRecurrenceRule, type Weekday } from '@snowball/core';

/** The panel's rule builder: "2nd and 4th Thursday at 20:00" as fields rather than RRULE text. */
export interface SeriesRuleInput {
  readonly frequency: 'weekly' | 'monthly';
  /** Every `interval` weeks or months; 1 by default. */
  readonly interval?: number;
  readonly weekdays: readonly Weekday[];
  /** Monthly only: which of the month's weekdays (1–5, -1 for the last); none means every one. */
  readonly weeks?: readonly number[];
  /** Local start time `HH:MM` in the series' timezone. */
  readonly time: string;
}

/** Turns the builder's fields into the core's RRULE text, e.g. `FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0`. */
export function seriesRule(input: SeriesRuleInput): string {
  const weeks = [...new Set(input.weeks ?? [])].sort((a, b) => (a < 0 ? 6 : a) - (b < 0 ? 6 : b));
  if (input.frequency === 'weekly' && weeks.length > 0) {
    throw new DomainError('validation.invalid', { field: 'weeks', reason: 'only for a monthly series' });
  }
  const [hour, minute] = input.time.split(':').map(Number);
  const byDay: ByDay[] = weeks.length
    ? weeks.flatMap((ordinal) => input.weekdays.map((weekday) => ({ weekday, ordinal })))
    : input.weekdays.map((weekday) => ({ weekday, ordinal: null }));
  return formatRecurrenceRule({
    freq: input.frequency === 'weekly' ? 'WEEKLY' : 'MONTHLY',
    interval: input.interval ?? 1,
    byDay,
    byHour: [hour ?? 0],
    byMinute: [minute ?? 0],
    count: null,
    until: null,
  });
}
