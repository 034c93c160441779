import { describe, expect, it } from 'vitest';
import { compileExcludedKeywords, matchExcludedKeywords, unleet } from './match-excluded-keywords.js';

// The excluded categories of the applicant form (issue 12), as a club would type them.
const KEYWORDS = [
  'cryptocurrency',
  'crypto',
  'bitcoin',
  'financial products',
  'MLM',
  'multi-level marketing',
  '币圈',
  '资金盘',
  '理财产品',
  '拉人头',
  '传销',
  '直销',
  '虚拟货币',
];

const MUST_FLAG: readonly string[] = [
  'I trade cryptocurrency full time',
  'crypto consulting',
  'CRYPTO',
  'Ｃｒｙｐｔｏ ｆｕｎｄ',
  'c r y p t o',
  'c-r-y-p-t-o signals',
  'crypto-currency exchange',
  'cryptoexchange founder',
  'Bitcoin mining',
  'bitcoins',
  'B1TC0IN',
  'bіtcoin (Cyrillic і)',
  '𝐁𝐢𝐭𝐜𝐨𝐢𝐧 𝐭𝐫𝐚𝐝𝐞𝐫',
  'ⓑⓘⓣⓒⓞⓘⓝ',
  'b\u200Bitcoin',
  'c\u0336r\u0336y\u0336p\u0336t\u0336o',
  'we sell financial products',
  'Financial-Products advisor',
  'ＭＬＭ',
  'M.L.M team leader',
  'multi level marketing',
  'multilevel marketing',
  '币圈老玩家',
  '幣圈',
  '币 圈',
  '资金盘运营',
  '資金盤',
  '资.金.盘',
  '理財產品銷售',
  '理财 产品',
  '拉 人 头',
  '拉人頭',
  '传\u200B销',
  '傳銷',
  '做直销的',
  '虛擬貨幣',
];

const MUST_PASS: readonly string[] = [
  'cryptography consulting',
  'cryptographic hardware',
  'encryption software',
  'cryptic crossword club',
  'bit rate optimisation',
  'coin-operated laundry',
  'XMLMapper integration',
  'HTML email templates',
  'financial reporting services',
  'products for financial teams',
  'multi-channel marketing',
  'level 3 marketing automation',
  '资金盘点服务',
  '资金盘活方案',
  '宣传销售团队',
  '宣传销量提升',
  '厂家直销',
  '产地直销的水果',
  '人民币结算',
  '外币兑换',
  '财务软件',
  '个人理财规划',
  '产品理念',
  '拉人进群聊天',
  '人头税研究',
  '传统销售渠道',
  '虚拟现实设备',
  '货币政策解读',
  '硬币圈收藏',
  '微信支付',
  '支付宝',
  '跨境电商',
];

describe('matchExcludedKeywords', () => {
  const match = compileExcludedKeywords(KEYWORDS);

  it('has at least 60 spellings, half that must flag and half legitimate business words', () => {
    expect(MUST_FLAG.length + MUST_PASS.length).toBeGreaterThanOrEqual(60);
    expect(MUST_FLAG.length).toBeGreaterThanOrEqual(30);
    expect(MUST_PASS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(MUST_FLAG)('flags %s', (text) => {
    expect(match(text)).not.toEqual([]);
  });

  it.each(MUST_PASS)('lets %s through', (text) => {
    expect(match(text)).toEqual([]);
  });

  it('says which keywords matched, as the club wrote them, once each', () => {
    expect(matchExcludedKeywords('币圈和幣圈 plus BITCOIN and 传销', KEYWORDS)).toEqual(['bitcoin', '币圈', '传销']);
    expect(matchExcludedKeywords('cryptocurrency', KEYWORDS)).toEqual(['cryptocurrency', 'crypto']);
  });

  it('ignores empty keywords', () => {
    expect(matchExcludedKeywords('anything', ['', '   ', '--'])).toEqual([]);
  });

  it('reads digits as letters only inside words', () => {
    expect(unleet('b1tc0in 2024 $5')).toBe('bitcoin 2024 $5');
  });
});
