import { describe, expect, it } from 'vitest';
import { DEFAULT_MODERATION_SETTINGS } from '../domain/moderation-rules.js';
import { LOCALES } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { strikeStepTexts } from './moderation-explanations.js';
import { countActiveStrikes, strikeConsequence } from './strike-ladder.js';

const settings = DEFAULT_MODERATION_SETTINGS;

describe('strike ladder', () => {
  it('follows the default ladder: warning, a one-hour timeout on Discord, then a case', () => {
    expect(strikeConsequence(settings, 1, 'discord')).toEqual({ step: 'warning', timeoutMinutes: null });
    expect(strikeConsequence(settings, 2, 'discord')).toEqual({ step: 'timeout', timeoutMinutes: 60 });
    expect(strikeConsequence(settings, 3, 'discord')).toEqual({ step: 'case', timeoutMinutes: null });
    expect(strikeConsequence(settings, 7, 'discord').step).toBe('case');
  });

  it('gives a warning instead of a timeout where the platform has none', () => {
    expect(strikeConsequence(settings, 2, 'slack')).toEqual({ step: 'warning', timeoutMinutes: null });
    expect(strikeConsequence(settings, 3, 'slack').step).toBe('case');
  });

  it('uses the club’s own ladder and timeout', () => {
    const club = { ...settings, strikeLadder: ['timeout', 'case'] as const, timeoutMinutes: 10 };
    expect(strikeConsequence(club, 1, 'discord')).toEqual({ step: 'timeout', timeoutMinutes: 10 });
    expect(strikeConsequence(club, 2, 'discord').step).toBe('case');
  });

  it('counts only upheld cases decided within the expiry window', () => {
    const now = new Date('2026-12-07T00:00:00Z');
    const day = (n: number) => new Date(now.getTime() - n * 86_400_000);
    const cases = [
      { status: 'upheld' as const, decidedAt: day(1), createdAt: day(1) },
      { status: 'upheld' as const, decidedAt: day(89), createdAt: day(95) },
      { status: 'upheld' as const, decidedAt: day(91), createdAt: day(91) },
      { status: 'dismissed' as const, decidedAt: day(2), createdAt: day(2) },
      { status: 'open' as const, decidedAt: null, createdAt: day(1) },
    ];
    expect(countActiveStrikes(settings, cases, now)).toBe(2);
  });

  it('explains every step in every language', () => {
    for (const locale of LOCALES) {
      expect(translate(strikeStepTexts, locale, 'timeout', { minutes: 60 })).toContain('60');
      expect(translate(strikeStepTexts, locale, 'case')).toContain('/appeal');
    }
  });
});
