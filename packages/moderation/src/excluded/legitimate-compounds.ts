/**
 * Everyday business words that contain an excluded term: 资金盘点 (a cash count) contains 资金盘, 宣传销售 (marketing
 * and sales) contains 传销, 厂家直销 (factory-direct) contains 直销. Masked before excluded terms are matched.
 * Our own table: segmenters and homoglyph libraries know nothing of which compounds are harmless.
 */
export const LEGITIMATE_COMPOUNDS: readonly string[] = [
  '资金盘点',
  '资金盘活',
  '资金盘子',
  '宣传销售',
  '宣传销量',
  '宣传销路',
  '流传销售',
  '厂家直销',
  '工厂直销',
  '原厂直销',
  '产地直销',
  '农户直销',
  '直销店',
  '硬币圈',
];

/**
 * Endings that keep a Latin excluded term a finance word when written as one word ("cryptocurrency", "bitcoins",
 * "cryptoexchange"); any other ending makes it a different word ("cryptography", "htmlmail").
 */
export const FINANCE_TAILS: readonly string[] = [
  's',
  'es',
  'currency',
  'currencies',
  'coin',
  'coins',
  'token',
  'tokens',
  'trading',
  'trader',
  'traders',
  'exchange',
  'exchanges',
  'wallet',
  'wallets',
  'mining',
  'miner',
  'miners',
  'market',
  'markets',
  'project',
  'projects',
  'fund',
  'funds',
  'asset',
  'assets',
  'investing',
  'investment',
  'investments',
];
