import { describe, expect, it } from 'vitest';
import { addDays, hasAccess, membershipState } from './membership.js';

const rules = { graceDays: 7, expiringDays: 30 };
const now = new Date('2026-06-01T00:00:00Z');

describe('membershipState', () => {
  it('walks active → expiring → grace → lapsed by the latest end', () => {
    const at = (days: number) => membershipState([{ endsAt: addDays(now, days) }], now, rules).status;
    expect([at(60), at(10), at(-1), at(-7), at(-30)]).toEqual(['active', 'expiring', 'grace', 'lapsed', 'lapsed']);
    expect(membershipState([], now, rules)).toEqual({ status: 'none', endsAt: null, graceEndsAt: null });
  });

  it('reads lapsed, without access, for an end moved to now − graceDays (how endMembership skips grace)', () => {
    for (const graceDays of [0, 7, 30]) {
      const state = membershipState([{ endsAt: addDays(now, -graceDays) }], now, { ...rules, graceDays });
      expect(state.status).toBe('lapsed');
      expect(state.graceEndsAt).toEqual(now);
      expect(hasAccess(state.status)).toBe(false);
    }
  });
});
