import { createCore, DEFAULT_SETTINGS } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { keywordMatcher } from './keyword-matcher.js';

// What applicants write about their business: half must be flagged under the default excluded keywords, however
// written; half are ordinary business words that must not be.
const FLAGGED = [
  'We trade cryptocurrency for clients',
  'Bitcoins and other coins',
  'b1tc0in mining rigs',
  'Ｃｒｙｐｔｏ consulting',
  'c r y p t o advisory',
  'multi level marketing team',
  'an MLM opportunity',
  '币圈资深玩家',
  '幣圈資源整合',
  '资金盘项目',
  '理财产品销售',
  '虚拟货币交易',
  '传 销 团队',
  '直销团队管理',
];
const LEGITIMATE = [
  'Cryptography and security audits',
  'HTML and web design',
  'Cross-border e-commerce on Amazon',
  'Freight forwarding to Southeast Asia',
  'Trademark registration and contracts',
  '资金盘点与库存管理软件',
  '宣传销售物料设计',
  '跨境物流',
  '财务顾问（记账报税）',
  'Smile marketing agency',
  'Bit by bit: a coding school',
  'Direct flights booking',
  'Mortgage brokerage',
  'Coin-operated laundry shops',
];

async function flagsFor(about: string) {
  const ports = { ...createTestPorts(), keywords: keywordMatcher };
  const core = createCore(ports);
  const { community } = await core.createCommunity({ slug: 'club', name: 'Club', owner: { displayName: 'Owner' } });
  const application = await core.submitApplication({
    communityId: community.id,
    name: 'Applicant',
    email: 'a@example.com',
    answers: [{ question: 'What do you do?', answer: about }],
    valuesPledge: true,
    locale: 'en',
  });
  return application.flags;
}

describe('application auto-flags through the moderation package', () => {
  it('uses the default excluded keywords', () => {
    expect(DEFAULT_SETTINGS.excludedKeywords).toContain('crypto');
  });

  it.each(FLAGGED)('flags %s, naming the keyword and the field', async (about) => {
    const flags = await flagsFor(about);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.field === 'answer 1' && DEFAULT_SETTINGS.excludedKeywords.includes(f.keyword))).toBe(
      true,
    );
  });

  it.each(LEGITIMATE)('does not flag %s', async (about) => {
    expect(await flagsFor(about)).toEqual([]);
  });
});
