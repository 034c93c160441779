import { DateTime } from 'luxon';
import { DomainError } from '../errors/domain-error.js';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One BYDAY entry: `TH` (every Thursday of the period), `2TH` (the 2nd Thursday), `-1FR` (the last Friday). */
export interface ByDay {
  readonly weekday: Weekday;
  /** 1..5 or -5..-1 counting from the end of the month; null for every such weekday. Only with MONTHLY. */
  readonly ordinal: number | null;
}

/** The end of a rule: a local calendar date (inclusive, in the series' timezone) or an exact UTC instant. */
export type RecurrenceUntil = { readonly date: string } | { readonly at: Date };

/** A parsed rule of the RFC 5545 subset lessons use. */
export interface RecurrenceRule {
  readonly freq: 'WEEKLY' | 'MONTHLY';
  readonly interval: number;
  readonly byDay: readonly ByDay[];
  readonly byHour: readonly number[];
  readonly byMinute: readonly number[];
  readonly count: number | null;
  readonly until: RecurrenceUntil | null;
}

const SUPPORTED = ['FREQ', 'INTERVAL', 'BYDAY', 'BYHOUR', 'BYMINUTE', 'COUNT', 'UNTIL'] as const;
const MAX_RULE_LENGTH = 300;
const MAX_INTERVAL = 99;
const MAX_COUNT = 1000;
/** More occurrences than this in one expansion is a mistake (BYHOUR=0..23 weekly...), not a lesson plan. */
export const MAX_OCCURRENCES = 1000;
/** Safety stop for the period loop, so no rule can spin forever (100 years of weeks). */
const MAX_PERIODS = 5300;

function invalid(reason: string): DomainError {
  return new DomainError('lesson.invalid_schedule', { reason });
}

/** What a person typed, shortened for an error message. */
function quote(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function integer(name: string, value: string, min: number, max: number): number {
  if (!/^\d{1,6}$/.test(value)) throw invalid(`${name} must be a whole number, not "${quote(value)}"`);
  const n = Number(value);
  if (n < min || n > max) throw invalid(`${name} must be between ${min} and ${max}`);
  return n;
}

function integerList(name: string, value: string, min: number, max: number): number[] {
  const values = value.split(',').map((v) => integer(name, v.trim(), min, max));
  return [...new Set(values)].sort((a, b) => a - b);
}

const BYDAY_ENTRY = /^([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function parseByDay(value: string, freq: RecurrenceRule['freq']): ByDay[] {
  const seen = new Map<string, ByDay>();
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    const m = BYDAY_ENTRY.exec(entry);
    if (!m) throw invalid(`BYDAY entry "${quote(entry)}" is not like TH, 2TH or -1FR`);
    const [, sign, digits, weekday] = m;
    if (sign && !digits) throw invalid(`BYDAY entry "${entry}" has a sign but no number`);
    let ordinal: number | null = null;
    if (digits) {
      const n = Number(digits);
      if (n < 1 || n > 5) throw invalid(`BYDAY ordinal in "${entry}" must be 1 to 5 (or -1 to -5)`);
      if (freq !== 'MONTHLY') throw invalid(`BYDAY ordinals like "${entry}" need FREQ=MONTHLY`);
      ordinal = sign === '-' ? -n : n;
    }
    seen.set(entry.replace(/^\+/, ''), { weekday: weekday as Weekday, ordinal });
  }
  return [...seen.values()];
}

const UNTIL_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

function parseUntil(value: string): RecurrenceUntil {
  const m = UNTIL_VALUE.exec(value);
  if (!m) throw invalid(`UNTIL must be a date like 20261231 or a UTC time like 20261231T235959Z`);
  const [, y, mo, d, h, mi, s, z] = m;
  const date = DateTime.utc(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  if (!date.isValid) throw invalid(`UNTIL "${quote(value)}" is not a real date`);
  if (h === undefined) return { date: `${y}-${mo}-${d}` };
  // RFC 5545: with a timezone-bound start, UNTIL with a time must be in UTC.
  if (z !== 'Z') throw invalid('UNTIL with a time must be in UTC and end with Z');
  return { at: date.toJSDate() };
}

/**
 * Parses the RFC 5545 subset lessons use: `FREQ=WEEKLY|MONTHLY` with `INTERVAL`, `BYDAY` (ordinals such as
 * `2TH,4TH` or `-1FR` with MONTHLY), `BYHOUR`, `BYMINUTE`, and `COUNT` or `UNTIL`. An optional `RRULE:` prefix
 * is accepted. Throws `lesson.invalid_schedule` with a reason for anything else.
 */
export function parseRecurrenceRule(text: string): RecurrenceRule {
  if (typeof text !== 'string') throw invalid('the rule must be text');
  const body = text.trim().replace(/^RRULE:/i, '');
  if (!body) throw invalid('the rule is empty');
  if (body.length > MAX_RULE_LENGTH) throw invalid(`the rule is longer than ${MAX_RULE_LENGTH} characters`);
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw invalid(`"${quote(part)}" is not NAME=VALUE`);
    const name = part.slice(0, eq).trim().toUpperCase();
    const value = part
      .slice(eq + 1)
      .trim()
      .toUpperCase();
    if (!(SUPPORTED as readonly string[]).includes(name)) {
      throw invalid(`${quote(name)} is not supported (use ${SUPPORTED.join(', ')})`);
    }
    if (parts.has(name)) throw invalid(`${name} is given twice`);
    if (!value) throw invalid(`${name} has no value`);
    parts.set(name, value);
  }
  const freq = parts.get('FREQ');
  if (!freq) throw invalid('FREQ is required (WEEKLY or MONTHLY)');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY')
    throw invalid(`FREQ=${quote(freq)} is not supported (WEEKLY or MONTHLY)`);
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) throw invalid('COUNT and UNTIL cannot be used together');
  const interval = parts.get('INTERVAL');
  const byDay = parts.get('BYDAY');
  const byHour = parts.get('BYHOUR');
  const byMinute = parts.get('BYMINUTE');
  return {
    freq,
    interval: interval === undefined ? 1 : integer('INTERVAL', interval, 1, MAX_INTERVAL),
    byDay: byDay === undefined ? [] : parseByDay(byDay, freq),
    byHour: byHour === undefined ? [] : integerList('BYHOUR', byHour, 0, 23),
    byMinute: byMinute === undefined ? [] : integerList('BYMINUTE', byMinute, 0, 59),
    count: count === undefined ? null : integer('COUNT', count, 1, MAX_COUNT),
    until: until === undefined ? null : parseUntil(until),
  };
}

/** The canonical text of a rule, as stored: parts in a fixed order, defaults left out. */
export function formatRecurrenceRule(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${d.weekday}`).join(',')}`);
  if (rule.byHour.length) parts.push(`BYHOUR=${rule.byHour.join(',')}`);
  if (rule.byMinute.length) parts.push(`BYMINUTE=${rule.byMinute.join(',')}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until) {
    parts.push(
      'date' in rule.until
        ? `UNTIL=${rule.until.date.replaceAll('-', '')}`
        : `UNTIL=${DateTime.fromJSDate(rule.until.at, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'")}`,
    );
  }
  return parts.join(';');
}

export interface ExpandOptions {
  /** IANA timezone the wall-clock times are in, e.g. `Asia/Shanghai`. */
  readonly timezone: string;
  /**
   * Where the rule starts (RFC 5545 DTSTART): its local date anchors INTERVAL, and it supplies the weekday,
   * day of month, hour or minute the rule leaves out. Unlike RFC 5545 it is not itself an occurrence unless
   * the rule produces it; COUNT is counted from here.
   */
  readonly dtstart: Date;
  /** Occurrences at or after this instant are returned... */
  readonly from: Date;
  /** ...and before this one. */
  readonly to: Date;
}

const WEEKDAY_NUMBER: Readonly<Record<Weekday, number>> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

/** The days of `month` (a local start of month) the rule picks, ascending. */
function monthDays(rule: RecurrenceRule, month: DateTime, start: DateTime): number[] {
  const daysInMonth = month.daysInMonth ?? 31;
  if (rule.byDay.length === 0) return start.day <= daysInMonth ? [start.day] : [];
  const days = new Set<number>();
  for (const { weekday, ordinal } of rule.byDay) {
    const first = 1 + ((WEEKDAY_NUMBER[weekday] - month.weekday + 7) % 7);
    const all: number[] = [];
    for (let d = first; d <= daysInMonth; d += 7) all.push(d);
    if (ordinal === null) for (const d of all) days.add(d);
    else {
      // A 5th Thursday does not exist in most months; RFC 5545 skips the month then.
      const day = ordinal > 0 ? all[ordinal - 1] : all[all.length + ordinal];
      if (day !== undefined) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * Every occurrence of the rule in [from, to), as UTC instants, computed in the series' timezone so the wall
 * clock stays put (20:00 stays 20:00 across daylight-saving changes; the UTC instant moves instead).
 * A wall-clock time that does not exist on a spring-forward day moves forward by the gap.
 * Throws `lesson.invalid_schedule` for an unknown timezone or more than MAX_OCCURRENCES results.
 */
export function expandRecurrence(rule: RecurrenceRule, options: ExpandOptions): Date[] {
  const start = DateTime.fromJSDate(options.dtstart, { zone: options.timezone });
  if (!start.isValid) throw invalid(`unknown timezone "${quote(options.timezone)}"`);
  const from = options.from.getTime();
  const to = options.to.getTime();
  const hours = rule.byHour.length ? rule.byHour : [start.hour];
  const minutes = rule.byMinute.length ? rule.byMinute : [start.minute];
  const times = hours.flatMap((hour) => minutes.map((minute) => ({ hour, minute })));
  const untilAt = rule.until && 'at' in rule.until ? rule.until.at.getTime() : null;
  const untilDate = rule.until && 'date' in rule.until ? rule.until.date : null;

  const result: Date[] = [];
  let counted = 0;
  const firstPeriod = rule.freq === 'MONTHLY' ? start.startOf('month') : start.startOf('week');
  for (let k = 0; k < MAX_PERIODS; k++) {
    const period =
      rule.freq === 'MONTHLY'
        ? firstPeriod.plus({ months: k * rule.interval })
        : firstPeriod.plus({ weeks: k * rule.interval });
    // Every candidate of this period and later ones is at or after the period start.
    if (period.toMillis() >= to) break;
    if (untilAt !== null && period.toMillis() > untilAt) break;
    if (untilDate !== null && (period.toISODate() ?? '') > untilDate) break;
    const dates =
      rule.freq === 'MONTHLY'
        ? monthDays(rule, period, start).map((day) => period.set({ day }))
        : (rule.byDay.length ? rule.byDay.map((d) => WEEKDAY_NUMBER[d.weekday]) : [start.weekday])
            .sort((a, b) => a - b)
            .map((weekday) => period.plus({ days: weekday - 1 }));
    for (const date of dates) {
      for (const { hour, minute } of times) {
        const at = DateTime.fromObject(
          { year: date.year, month: date.month, day: date.day, hour, minute },
          { zone: options.timezone },
        );
        const t = at.toMillis();
        if (t < start.toMillis()) continue;
        if (untilAt !== null && t > untilAt) return result;
        if (untilDate !== null && (at.toISODate() ?? '') > untilDate) return result;
        counted += 1;
        if (rule.count !== null && counted > rule.count) return result;
        if (t >= to) return result;
        if (t >= from) {
          if (result.length >= MAX_OCCURRENCES) throw invalid(`the rule makes more than ${MAX_OCCURRENCES} lessons`);
          result.push(at.toJSDate());
        }
      }
    }
  }
  return result;
}
