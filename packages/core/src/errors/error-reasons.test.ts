import { describe, expect, it } from 'vitest';
import { createClubFixture } from '../testing/club-fixture.js';
import { DomainError, errorText } from './domain-error.js';
import { atMost, REASONS } from './error-reasons.js';

describe('error reasons are told in the reader’s language', () => {
  it('fills a bilingual reason in the locale of the message', () => {
    const error = new DomainError('validation.invalid', { field: 'doNotPair', reason: REASONS.notAMemberOfThisClub });
    expect(errorText(error, 'en')).toBe('Please check doNotPair: not a member of this club');
    expect(errorText(error, 'zh-CN')).toBe('请检查「doNotPair」：不是本社群的会员');
    expect(errorText(new DomainError('validation.invalid', { field: 'x', reason: atMost(3) }), 'zh-CN')).toBe(
      '请检查「x」：最多 3 项',
    );
  });

  it('reaches people through the use cases: no English inside a zh-CN message', async () => {
    const club = await createClubFixture();
    const ann = await club.addMember({ name: 'Ann' });
    const refused = await club.core
      .updateProfile({
        actor: ann,
        communityId: club.communityId,
        patch: { doNotPair: ['00000000-0000-4000-8000-00000000abcd'] },
      })
      .catch((error: unknown) => error);
    const zh = errorText(refused, 'zh-CN');
    expect(zh).toContain('不是本社群的会员');
    expect(zh.replace('doNotPair', '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
