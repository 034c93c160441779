import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcsCalendar, escapeIcsText, foldIcsLine } from './ics.js';
import type { Lesson } from './lesson.js';

const NOW = new Date('2026-03-01T08:00:00Z');

function lesson(over: Partial<Lesson> = {}): Lesson {
  return {
    id: 'lesson-1',
    communityId: 'club',
    seriesId: null,
    kind: 'lesson',
    title: '私域流量与复购',
    description: '',
    speakerName: null,
    speakerBio: null,
    startsAt: new Date('2026-03-12T12:00:00Z'),
    durationMinutes: 90,
    capacity: null,
    location: '',
    status: 'scheduled',
    materialsUrl: null,
    replayUrl: null,
    hostMemberId: null,
    occurrenceStartsAt: null,
    version: 1,
    createdAt: new Date('2026-02-01T00:00:00Z'),
    updatedAt: new Date('2026-02-02T00:00:00Z'),
    ...over,
  };
}

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        location: event.location,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        status: vevent.getFirstPropertyValue('status'),
        sequence: event.sequence,
        stamp: (vevent.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>).toJSDate().toISOString(),
      };
    }),
  };
}

describe('ICS building blocks', () => {
  it('escapes backslashes, semicolons, commas and newlines, and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\u0007')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'出海第一年踩过的坑'.repeat(6)}`;
    const folded = foldIcsLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const [i, part] of physical.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part).not.toContain('\uFFFD');
    }
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('SHORT:line')).toBe('SHORT:line');
  });
});

describe('buildIcsCalendar', () => {
  const lessons = [
    lesson({
      id: 'guest',
      kind: 'guest_talk',
      title: 'Guest talk: Selling to the Middle East, part 1; Q&A \\ 中东市场实战',
      description: 'Line one,\nline two; with “quotes”.\n第二行：很长的中文描述'.repeat(3),
      speakerName: 'Farid Hassan',
      speakerBio: 'Founder of Gulf Gateway, 12 years in the GCC.',
      startsAt: new Date('2026-03-20T11:00:00Z'),
      durationMinutes: 60,
      location: 'https://meet.example.com/abc?x=1',
      replayUrl: 'https://replay.example.com/v/1',
      version: 3,
    }),
    lesson(),
    lesson({ id: 'off', title: 'Cancelled one', status: 'cancelled', startsAt: new Date('2026-03-26T12:00:00Z') }),
  ];
  const ics = buildIcsCalendar(lessons, {
    calendarName: 'Founders, Club; lessons',
    timezone: 'Asia/Shanghai',
    now: NOW,
    locale: 'en',
    tentativeLessonIds: new Set(['lesson-1']),
    uidDomain: 'founders.snowball',
  });

  it('is valid RFC 5545 text: CRLF line ends, no physical line over 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
  });

  it('parses back with ical.js to the same lessons, in start order, with stable UIDs and statuses', () => {
    const parsed = events(ics);
    // ical.js leaves properties it has no type for (X-WR-CALNAME, NAME) raw; they are TEXT, escaped as such.
    expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Founders\\, Club\\; lessons');
    expect(parsed.events.map((e) => [e.uid, e.start, e.end, e.status, e.sequence, e.stamp])).toEqual([
      [
        'lesson-1@founders.snowball',
        '2026-03-12T12:00:00.000Z',
        '2026-03-12T13:30:00.000Z',
        'TENTATIVE',
        0,
        NOW.toISOString(),
      ],
      [
        'guest@founders.snowball',
        '2026-03-20T11:00:00.000Z',
        '2026-03-20T12:00:00.000Z',
        'CONFIRMED',
        2,
        NOW.toISOString(),
      ],
      [
        'off@founders.snowball',
        '2026-03-26T12:00:00.000Z',
        '2026-03-26T13:30:00.000Z',
        'CANCELLED',
        0,
        NOW.toISOString(),
      ],
    ]);
    const guest = parsed.events[1];
    expect(guest?.summary).toBe(lessons[0]?.title);
    expect(guest?.location).toBe('https://meet.example.com/abc?x=1');
    expect(guest?.description).toContain(lessons[0]?.description);
    expect(guest?.description).toContain('Speaker: Farid Hassan');
    expect(guest?.description).toContain('Replay: https://replay.example.com/v/1');
    expect(parsed.events[0]?.summary).toBe('私域流量与复购');
  });

  it('gives the same UID for the same lesson in every feed', () => {
    const again = buildIcsCalendar([lessons[1] as Lesson], {
      calendarName: 'x',
      timezone: 'UTC',
      now: new Date(),
      uidDomain: 'founders.snowball',
    });
    expect(events(again).events[0]?.uid).toBe('lesson-1@founders.snowball');
    expect(events(buildIcsCalendar([], { calendarName: 'empty', timezone: 'UTC', now: NOW })).events).toEqual([]);
  });
});
