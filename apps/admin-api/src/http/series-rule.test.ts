import { describe, expect, it } from 'vitest';
import { seriesRule } from './series-rule.js';

describe('seriesRule', () => {
  it('builds the RRULE of the 2nd and 4th Thursday at 20:00, weekly rules and the last weekday', () => {
    expect(seriesRule({ frequency: 'monthly', weekdays: ['TH'], weeks: [4, 2], time: '20:00' })).toBe(
      'FREQ=MONTHLY;BYDAY=2TH,4TH;BYHOUR=20;BYMINUTE=0',
    );
    expect(seriesRule({ frequency: 'weekly', interval: 2, weekdays: ['MO', 'WE'], time: '07:30' })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;BYHOUR=7;BYMINUTE=30',
    );
    expect(seriesRule({ frequency: 'monthly', weekdays: ['FR'], weeks: [-1, 1], time: '19:05' })).toBe(
      'FREQ=MONTHLY;BYDAY=1FR,-1FR;BYHOUR=19;BYMINUTE=5',
    );
  });

  it('refuses weeks of the month on a weekly series, naming the field', () => {
    expect(() => seriesRule({ frequency: 'weekly', weekdays: ['TH'], weeks: [2], time: '20:00' })).toThrow(
      expect.objectContaining({ code: 'validation.invalid', context: expect.objectContaining({ field: 'weeks' }) }),
    );
  });
});
