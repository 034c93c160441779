import {
  applyModerationPreset,
  autoModMirrorOf,
  DEFAULT_MODERATION_SETTINGS,
  MODERATION_PRESETS,
  type ModerationSettings,
} from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { corpusClub, loadCorpus } from '../corpus/load-corpus.js';
import { createModerationEngine } from '../engine/moderation-engine.js';

/**
 * Discord's keyword matching: `*x*` anywhere, `x*` at a word's start, `*x` at a word's end, `x` a whole word;
 * case-insensitive (what AutoMod does, for Latin text; a CJK phrase here is always wrapped in `*`).
 */
function autoModMatches(keyword: string, text: string): boolean {
  const lower = text.toLowerCase();
  const start = keyword.startsWith('*');
  const end = keyword.endsWith('*');
  const core = keyword.replace(/^\*|\*$/g, '').toLowerCase();
  const escaped = core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = `${start ? '' : '(?<![\\p{L}\\p{N}])'}${escaped}${end ? '' : '(?![\\p{L}\\p{N}])'}`;
  return new RegExp(pattern, 'u').test(lower);
}

describe('the rule mirrored into Discord AutoMod', () => {
  it('mirrors only rules the club deletes for, and nothing when moderation is off', () => {
    const standard = autoModMirrorOf(DEFAULT_MODERATION_SETTINGS, 'zh-CN');
    expect(standard?.keywords).toContain('*discord.gg/*');
    expect(standard?.keywords).toContain('*扫码进群*');
    expect(standard?.regexPatterns).toHaveLength(1);
    expect([...(standard?.blockMessage ?? '')].length).toBeLessThanOrEqual(150);
    const review: ModerationSettings = {
      ...DEFAULT_MODERATION_SETTINGS,
      rules: { ...DEFAULT_MODERATION_SETTINGS.rules, 'ad.invite': 'review', 'ad.contact': 'off' },
    };
    expect(autoModMirrorOf(review, 'en')).toBeNull();
    expect(autoModMirrorOf({ ...DEFAULT_MODERATION_SETTINGS, enabled: false }, 'en')).toBeNull();
    const logged = autoModMirrorOf({ ...DEFAULT_MODERATION_SETTINGS, logChannels: { discord: '42' } }, 'en');
    expect(logged?.alertChannelId).toBe('42');
  });

  it('fits Discord’s limits under every preset', () => {
    for (const preset of MODERATION_PRESETS) {
      const mirror = autoModMirrorOf(applyModerationPreset(DEFAULT_MODERATION_SETTINGS, preset), 'en');
      for (const k of mirror?.keywords ?? []) expect(k.length).toBeLessThanOrEqual(60);
      expect((mirror?.keywords ?? []).length).toBeLessThanOrEqual(1000);
      for (const r of mirror?.regexPatterns ?? []) expect(r.length).toBeLessThanOrEqual(260);
      expect((mirror?.regexPatterns ?? []).length).toBeLessThanOrEqual(10);
    }
  });

  it('blocks no legitimate message of the labelled corpus, and only messages our own engine deletes', () => {
    const club = corpusClub();
    const mirror = autoModMirrorOf(club.settings, 'zh-CN');
    const engine = createModerationEngine(club);
    const regexes = (mirror?.regexPatterns ?? []).map((r) => new RegExp(r.replace(/^\(\?i\)/, ''), 'iu'));
    const blocked = loadCorpus().filter(
      (m) => (mirror?.keywords ?? []).some((k) => autoModMatches(k, m.text)) || regexes.some((r) => r.test(m.text)),
    );
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.filter((m) => m.label === 'ok').map((m) => m.id)).toEqual([]);
    const notDeleted = blocked.filter((m) => engine.check(m).action !== 'delete');
    expect(notDeleted.map((m) => m.id)).toEqual([]);
  });
});
