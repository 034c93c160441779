import { type ConceptDefinition, concept } from './concept.js';

const BLOCKED = { blocked: true } as const;

/**
 * What the club refuses (crypto, MLM, "financial products"). A phrase mentioning one is dropped before
 * matching, so a member is never introduced on the strength of it; financing concepts carry no such words.
 */
export const BLOCKED_CONCEPTS: readonly ConceptDefinition[] = [
  concept(
    'blocked-crypto',
    'blocked',
    '虚拟货币|币圈|加密货币|数字货币|比特币|以太坊|发币|空投|NFT|Web3|DeFi|ICO|炒币|挖矿|矿机|USDT|代币|链游|元宇宙币',
    'crypto|cryptocurrency|cryptocurrencies|bitcoin|ethereum|token sale|nft|nfts|web3|defi|ico|altcoin|altcoins|mining rig|usdt|stablecoin|memecoin|airdrop',
    BLOCKED,
  ),
  concept(
    'blocked-mlm',
    'blocked',
    '传销|直销|资金盘|拉人头|多层次营销|会员返利|层级返利|躺赚|静态收益',
    'mlm|multi-level marketing|multilevel marketing|network marketing|pyramid scheme|ponzi|passive income scheme|recruit downlines|downline',
    BLOCKED,
  ),
  concept(
    'blocked-financial-products',
    'blocked',
    '理财产品|高收益理财|P2P|配资|外汇交易|期货喊单|荐股|保本高收益|带单|股票推荐',
    'p2p lending|forex trading|high-yield investment|guaranteed returns|stock tips|trading signals|signals group|forex signals|wealth products',
    BLOCKED,
  ),
];
