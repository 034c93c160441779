import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expandRecurrence, formatRecurrenceRule, parseRecurrenceRule } from './recurrence.js';

const SECOND_AND_FOURTH_THURSDAY = 'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0';

function year(rule: string, timezone: string, y = 2026): Date[] {
  const dtstart = DateTime.fromObject({ year: y, month: 1, day: 1 }, { zone: timezone }).toJSDate();
  const end = DateTime.fromObject({ year: y + 1, month: 1, day: 1 }, { zone: timezone }).toJSDate();
  return expandRecurrence(parseRecurrenceRule(rule), { timezone, dtstart, from: dtstart, to: end });
}

const local = (dates: Date[], timezone: string, format = "yyyy-MM-dd'T'HH:mm") =>
  dates.map((d) => DateTime.fromJSDate(d, { zone: timezone }).toFormat(format));

describe('parseRecurrenceRule', () => {
  it('reads the subset and writes it back canonically', () => {
    const rule = parseRecurrenceRule('rrule:freq=monthly;byday=2th,+4TH,-1fr;byhour=20;byminute=0;count=10;');
    expect(rule).toEqual({
      freq: 'MONTHLY',
      interval: 1,
      byDay: [
        { weekday: 'TH', ordinal: 2 },
        { weekday: 'TH', ordinal: 4 },
        { weekday: 'FR', ordinal: -1 },
      ],
      byHour: [20],
      byMinute: [0],
      count: 10,
      until: null,
    });
    expect(formatRecurrenceRule(rule)).toBe('FREQ=MONTHLY;BYDAY=2TH,4TH,-1FR;BYHOUR=20;BYMINUTE=0;COUNT=10');
    expect(parseRecurrenceRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261231').until).toEqual({
      date: '2026-12-31',
    });
    expect(parseRecurrenceRule('FREQ=WEEKLY;UNTIL=20261231T120000Z').until).toEqual({
      at: new Date('2026-12-31T12:00:00Z'),
    });
  });

  it.each([
    ['', 'the rule is empty'],
    ['BYDAY=TH', 'FREQ is required'],
    ['FREQ=DAILY', 'FREQ=DAILY is not supported'],
    ['FREQ=WEEKLY;BYDAY=2TH', 'need FREQ=MONTHLY'],
    ['FREQ=MONTHLY;BYDAY=6TH', 'must be 1 to 5'],
    ['FREQ=MONTHLY;BYDAY=0TH', 'must be 1 to 5'],
    ['FREQ=MONTHLY;BYDAY=TX', 'is not like TH'],
    ['FREQ=MONTHLY;BYHOUR=24', 'BYHOUR must be between 0 and 23'],
    ['FREQ=MONTHLY;BYMINUTE=-1', 'BYMINUTE must be a whole number'],
    ['FREQ=MONTHLY;INTERVAL=0', 'INTERVAL must be between 1 and 99'],
    ['FREQ=MONTHLY;COUNT=3;UNTIL=20261231', 'COUNT and UNTIL cannot be used together'],
    ['FREQ=MONTHLY;UNTIL=20260231', 'is not a real date'],
    ['FREQ=MONTHLY;UNTIL=20261231T200000', 'must be in UTC'],
    ['FREQ=MONTHLY;FREQ=WEEKLY', 'FREQ is given twice'],
    ['FREQ=MONTHLY;BYSETPOS=1', 'BYSETPOS is not supported'],
    ['FREQ=MONTHLY;BYDAY', 'is not NAME=VALUE'],
  ])('refuses %j with lesson.invalid_schedule', (text, reason) => {
    let error: unknown;
    try {
      parseRecurrenceRule(text);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'lesson.invalid_schedule' });
    expect(String((error as { context: { reason: string } }).context.reason)).toContain(reason);
  });
});

describe('expandRecurrence', () => {
  it('makes the 24-lesson year: 2nd and 4th Thursday at 20:00 in Asia/Shanghai', () => {
    const lessons = year(SECOND_AND_FOURTH_THURSDAY, 'Asia/Shanghai');
    expect(lessons).toHaveLength(24);
    expect(local(lessons, 'Asia/Shanghai', 'yyyy-MM-dd')).toEqual([
      '2026-01-08',
      '2026-01-22',
      '2026-02-12',
      '2026-02-26',
      '2026-03-12',
      '2026-03-26',
      '2026-04-09',
      '2026-04-23',
      '2026-05-14',
      '2026-05-28',
      '2026-06-11',
      '2026-06-25',
      '2026-07-09',
      '2026-07-23',
      '2026-08-13',
      '2026-08-27',
      '2026-09-10',
      '2026-09-24',
      '2026-10-08',
      '2026-10-22',
      '2026-11-12',
      '2026-11-26',
      '2026-12-10',
      '2026-12-24',
    ]);
    // China has no daylight saving time: always 12:00 UTC.
    expect(new Set(lessons.map((d) => d.toISOString().slice(11)))).toEqual(new Set(['12:00:00.000Z']));
    for (const d of lessons) expect(DateTime.fromJSDate(d, { zone: 'Asia/Shanghai' }).weekday).toBe(4);
  });

  it('keeps 20:00 local in America/New_York while the UTC instant shifts at the DST boundaries', () => {
    const tz = 'America/New_York';
    const lessons = year(SECOND_AND_FOURTH_THURSDAY, tz);
    expect(lessons).toHaveLength(24);
    expect(new Set(local(lessons, tz, 'HH:mm'))).toEqual(new Set(['20:00']));
    const utc = Object.fromEntries(lessons.map((d, i) => [local(lessons, tz, 'yyyy-MM-dd')[i], d.toISOString()]));
    // DST starts 8 March 2026 and ends 1 November 2026.
    expect(utc['2026-02-26']).toBe('2026-02-27T01:00:00.000Z');
    expect(utc['2026-03-12']).toBe('2026-03-13T00:00:00.000Z');
    expect(utc['2026-10-22']).toBe('2026-10-23T00:00:00.000Z');
    expect(utc['2026-11-12']).toBe('2026-11-13T01:00:00.000Z');
    const offsets = lessons.map((d) => DateTime.fromJSDate(d, { zone: tz }).offset);
    expect(offsets.filter((o) => o === -240)).toHaveLength(16);
    expect(offsets.filter((o) => o === -300)).toHaveLength(8);
  });

  it('keeps 20:00 local in Europe/Berlin across its DST changes (29 March and 25 October 2026)', () => {
    const tz = 'Europe/Berlin';
    const lessons = year(SECOND_AND_FOURTH_THURSDAY, tz);
    expect(lessons).toHaveLength(24);
    expect(new Set(local(lessons, tz, 'HH:mm'))).toEqual(new Set(['20:00']));
    const iso = lessons.map((d) => d.toISOString());
    expect(iso).toContain('2026-03-26T19:00:00.000Z');
    expect(iso).toContain('2026-04-09T18:00:00.000Z');
    expect(iso).toContain('2026-10-22T18:00:00.000Z');
    expect(iso).toContain('2026-11-12T19:00:00.000Z');
  });

  it('handles the last Friday, skips months without a 5th weekday, and honours INTERVAL', () => {
    const tz = 'Asia/Shanghai';
    expect(local(year('FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=19', tz), tz).slice(0, 3)).toEqual([
      '2026-01-30T19:00',
      '2026-02-27T19:00',
      '2026-03-27T19:00',
    ]);
    const fifth = local(year('FREQ=MONTHLY;BYDAY=5TH;BYHOUR=20', tz), tz, 'yyyy-MM-dd');
    expect(fifth).toEqual(['2026-01-29', '2026-04-30', '2026-07-30', '2026-10-29', '2026-12-31']);
    const everyOtherMonth = year('FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO;BYHOUR=9', tz);
    expect(local(everyOtherMonth, tz, 'yyyy-MM')).toEqual([
      '2026-01',
      '2026-03',
      '2026-05',
      '2026-07',
      '2026-09',
      '2026-11',
    ]);
  });

  it('expands WEEKLY rules with several days and times, and a fortnightly one', () => {
    const tz = 'Europe/Berlin';
    const weekly = year('FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=8,18;BYMINUTE=30', tz);
    expect(weekly).toHaveLength(105 * 2);
    expect(local(weekly, tz).slice(0, 4)).toEqual([
      '2026-01-01T08:30',
      '2026-01-01T18:30',
      '2026-01-06T08:30',
      '2026-01-06T18:30',
    ]);
    const fortnightly = year('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;BYHOUR=20', tz);
    // The first week (of 29 December) has its Wednesday before the start, so it is skipped, not shifted.
    expect(local(fortnightly, tz, 'yyyy-MM-dd').slice(0, 3)).toEqual(['2026-01-14', '2026-01-28', '2026-02-11']);
  });

  it('counts COUNT from the start, stops at UNTIL (a local date, inclusive) and returns only the window', () => {
    const tz = 'Asia/Shanghai';
    const dtstart = new Date('2026-01-01T00:00:00+08:00');
    const rule = parseRecurrenceRule(`${SECOND_AND_FOURTH_THURSDAY};COUNT=5`);
    const all = expandRecurrence(rule, { timezone: tz, dtstart, from: dtstart, to: new Date('2030-01-01T00:00:00Z') });
    expect(all).toHaveLength(5);
    // A window starting later still counts from the start: only the 5th occurrence is left after 1 March.
    const later = expandRecurrence(rule, {
      timezone: tz,
      dtstart,
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2030-01-01T00:00:00Z'),
    });
    expect(local(later, tz, 'yyyy-MM-dd')).toEqual(['2026-03-12']);
    const until = expandRecurrence(parseRecurrenceRule(`${SECOND_AND_FOURTH_THURSDAY};UNTIL=20260312`), {
      timezone: tz,
      dtstart,
      from: dtstart,
      to: new Date('2030-01-01T00:00:00Z'),
    });
    expect(local(until, tz, 'yyyy-MM-dd')).toEqual([
      '2026-01-08',
      '2026-01-22',
      '2026-02-12',
      '2026-02-26',
      '2026-03-12',
    ]);
  });

  it('does not return occurrences before the start, and refuses an unknown timezone or a runaway rule', () => {
    const tz = 'Asia/Shanghai';
    const dtstart = new Date('2026-01-15T00:00:00+08:00');
    const list = expandRecurrence(parseRecurrenceRule(SECOND_AND_FOURTH_THURSDAY), {
      timezone: tz,
      dtstart,
      from: new Date('2025-01-01T00:00:00Z'),
      to: new Date('2026-02-01T00:00:00Z'),
    });
    expect(local(list, tz, 'yyyy-MM-dd')).toEqual(['2026-01-22']);
    expect(() =>
      expandRecurrence(parseRecurrenceRule(SECOND_AND_FOURTH_THURSDAY), {
        timezone: 'Mars/Olympus',
        dtstart,
        from: dtstart,
        to: new Date('2027-01-01T00:00:00Z'),
      }),
    ).toThrow(expect.objectContaining({ code: 'lesson.invalid_schedule' }));
    expect(() => year('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11', tz)).toThrow(
      expect.objectContaining({ code: 'lesson.invalid_schedule' }),
    );
  });

  it('moves a wall-clock time that does not exist on the spring-forward day forward by the gap', () => {
    const tz = 'America/New_York';
    // 8 March 2026 is the 2nd Sunday of March: 02:30 does not exist there.
    const [at] = year('FREQ=MONTHLY;BYDAY=2SU;BYHOUR=2;BYMINUTE=30;COUNT=3', tz).slice(2);
    expect(at && local([at], tz)).toEqual(['2026-03-08T03:30']);
  });
});
