import { describe, expect, it } from 'vitest';
import { planRenewalNotices, renewalLadderMayBeDue, renewalScanWindow } from './renewal.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('renewalLadderMayBeDue', () => {
  it('never drops a member whose ladder has a step due within the horizon, in any timezone', () => {
    const now = new Date('2026-03-29T00:30:00Z'); // a DST change in Europe
    const until = new Date(now.getTime() + 48 * HOUR);
    let kept = 0;
    let skipped = 0;
    for (const timezone of ['Asia/Shanghai', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      for (const settings of [
        { renewalReminderDays: [30, 7, 1], graceDays: 7, timezone },
        { renewalReminderDays: [], graceDays: 0, timezone },
        { renewalReminderDays: [14], graceDays: 3, timezone },
      ]) {
        // Ends from 60 days ago to 60 days ahead, every 5 hours.
        for (let offset = -60 * DAY; offset <= 60 * DAY; offset += 5 * HOUR) {
          const endsAt = new Date(now.getTime() + offset);
          const due = planRenewalNotices([{ memberId: 'm', endsAt }], settings, now).filter((n) => n.at <= until);
          const mayBe = renewalLadderMayBeDue(endsAt, settings, now, until);
          if (due.length > 0) expect(mayBe, `${timezone} ${endsAt.toISOString()}`).toBe(true);
          // The scan window read from the database holds every end the cheap test keeps, and only those.
          const window = renewalScanWindow(settings, now, until);
          expect(endsAt > window.after && endsAt <= window.upTo, `window ${endsAt.toISOString()}`).toBe(mayBe);
          if (mayBe) kept += 1;
          else skipped += 1;
        }
      }
    }
    // It does spare work: most ends are too far ahead or long past.
    expect(skipped).toBeGreaterThan(kept);
    // ~8,600 ladders planned in five timezones: more than vitest's default 5 s on a busy machine.
  }, 60_000);
});
