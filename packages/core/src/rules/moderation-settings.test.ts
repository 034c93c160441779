import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/community.js';
import {
  applyModerationPreset,
  DEFAULT_MODERATION_SETTINGS,
  MODERATION_PRESET_SETTINGS,
} from '../domain/moderation-rules.js';
import { isDomainError } from '../errors/domain-error.js';
import { moderationSettingsOf, moderationSettingsSchema } from './moderation-settings.js';
import { applySettingsPatch } from './settings.js';

describe('moderation settings', () => {
  it('gives clubs that never set them the standard preset', () => {
    expect(moderationSettingsOf(DEFAULT_SETTINGS)).toEqual(DEFAULT_MODERATION_SETTINGS);
    expect(moderationSettingsOf(undefined)).toEqual(DEFAULT_MODERATION_SETTINGS);
  });

  it('fills rules added after a club saved its settings from the defaults', () => {
    const saved = { ...DEFAULT_MODERATION_SETTINGS, rules: { 'ad.link': 'off' } } as never;
    const settings = moderationSettingsOf({ ...DEFAULT_SETTINGS, moderation: saved });
    expect(settings.rules['ad.link']).toBe('off');
    expect(settings.rules['ad.invite']).toBe(DEFAULT_MODERATION_SETTINGS.rules['ad.invite']);
  });

  it('validates every preset and survives a settings patch', () => {
    for (const preset of Object.values(MODERATION_PRESET_SETTINGS)) {
      expect(moderationSettingsSchema.parse(preset)).toEqual(preset);
    }
    const moderation = { ...MODERATION_PRESET_SETTINGS.strict, allowedDomains: ['https://www.Example.com/about'] };
    const patched = applySettingsPatch(DEFAULT_SETTINGS, { moderation });
    expect(patched.moderation?.allowedDomains).toEqual(['example.com']);
    // A later patch of another field keeps the moderation settings.
    expect(applySettingsPatch(patched, { graceDays: 3 }).moderation?.preset).toBe('strict');
  });

  it('refuses bad settings with a clear reason and changes nothing', () => {
    const bad = { ...DEFAULT_MODERATION_SETTINGS, allowedDomains: ['not a domain'] };
    try {
      applySettingsPatch(DEFAULT_SETTINGS, { moderation: bad });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('community.invalid_settings');
      expect(isDomainError(error) && String(error.context.reason)).toContain('moderation.allowedDomains');
    }
  });

  it('switches presets keeping the club’s own lists', () => {
    const mine = { ...DEFAULT_MODERATION_SETTINGS, allowedDomains: ['a.cn'], exemptChannelIds: ['c1'] };
    const relaxed = applyModerationPreset(mine, 'relaxed');
    expect(relaxed.preset).toBe('relaxed');
    expect(relaxed.sandboxDays).toBe(0);
    expect(relaxed.allowedDomains).toEqual(['a.cn']);
    expect(relaxed.exemptChannelIds).toEqual(['c1']);
  });
});
