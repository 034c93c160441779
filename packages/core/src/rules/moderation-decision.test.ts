import { describe, expect, it } from 'vitest';
import { DEFAULT_MODERATION_SETTINGS, type ModerationFinding } from '../domain/moderation-rules.js';
import { LOCALES } from '../i18n/locale.js';
import { decideModeration, isInSandbox, isModerationExempt } from './moderation-decision.js';
import { explainModerationRule } from './moderation-explanations.js';

const settings = DEFAULT_MODERATION_SETTINGS;
const certain = (rule: ModerationFinding['rule']): ModerationFinding => ({ rule, certain: true, evidence: 'x' });
const uncertain = (rule: ModerationFinding['rule']): ModerationFinding => ({ rule, certain: false, evidence: 'x' });

describe('decideModeration', () => {
  it('takes the most severe action and lists the rules behind it once each', () => {
    const verdict = decideModeration(settings, [uncertain('ad.link'), certain('ad.contact'), certain('ad.contact')]);
    expect(verdict.action).toBe('delete');
    expect(verdict.rules).toEqual(['ad.link', 'ad.contact']);
  });

  it('never deletes on uncertain evidence, and drops it when the club does not review doubtful cases', () => {
    expect(decideModeration(settings, [uncertain('ad.contact')]).action).toBe('review');
    expect(decideModeration({ ...settings, reviewUncertain: false }, [uncertain('ad.contact')])).toMatchObject({
      action: 'allow',
      rules: [],
    });
  });

  it('follows each rule’s mode: review holds certain evidence, off ignores it', () => {
    expect(decideModeration(settings, [certain('ad.link')]).action).toBe('review');
    const off = { ...settings, rules: { ...settings.rules, 'ad.contact': 'off' as const } };
    expect(decideModeration(off, [certain('ad.contact')])).toMatchObject({ action: 'allow', rules: [] });
    expect(decideModeration({ ...settings, enabled: false }, [certain('ad.invite')]).action).toBe('allow');
  });
});

describe('exemptions and newcomer limits', () => {
  const club = { ...settings, exemptChannelIds: ['c-ads'], exemptMemberIds: ['m-partner'] };

  it('exempts staff, allow-listed channels and allow-listed members', () => {
    expect(isModerationExempt(club, { isStaff: true })).toBe(true);
    expect(isModerationExempt(club, { channelId: 'c-ads' })).toBe(true);
    expect(isModerationExempt(club, { memberId: 'm-partner', channelId: 'c-general' })).toBe(true);
    expect(isModerationExempt(club, { memberId: 'm-other', channelId: 'c-general' })).toBe(false);
  });

  it('keeps a member under the limits for the first sandboxDays days only', () => {
    const joined = new Date('2026-12-01T00:00:00Z');
    expect(isInSandbox(club, joined, new Date('2026-12-07T23:59:59Z'))).toBe(true);
    expect(isInSandbox(club, joined, new Date('2026-12-08T00:00:00Z'))).toBe(false);
    expect(isInSandbox({ ...club, sandboxDays: 0 }, joined, joined)).toBe(false);
  });
});

describe('explainModerationRule', () => {
  it('explains every rule in every language', () => {
    for (const rule of Object.keys(settings.rules) as (keyof typeof settings.rules)[]) {
      for (const locale of LOCALES) {
        const { title, why } = explainModerationRule(rule, locale);
        expect(title.length).toBeGreaterThan(1);
        expect(why.length).toBeGreaterThan(10);
      }
    }
    expect(explainModerationRule('ad.contact', 'zh-CN').title).toBe('引导私下联系');
  });
});
