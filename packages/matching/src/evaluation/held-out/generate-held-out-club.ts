import type { MatchProfile } from '../../engine/match-profile.js';
import type { PlantedPair } from '../recall.js';
import { HELD_OUT_CLOSERS, HELD_OUT_OPENERS, HELD_OUT_TRADES, type HeldOutTrade } from './held-out-trades.js';

/** Its own seeded generator (xorshift), so this folder shares no code with the tuned generator. */
function random32(seed: number): () => number {
  let x = (seed * 2_654_435_761) >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4_294_967_296;
  };
}

type Voice = 'zh' | 'en' | 'mix';

const CITIES = {
  zh: ['上海', '深圳', '香港', '新加坡', '迪拜', '伦敦', '悉尼', '杭州', '成都', '吉隆坡'],
  en: ['Shanghai', 'Shenzhen', 'Hong Kong', 'Singapore', 'Dubai', 'London', 'Sydney', 'Hangzhou', 'Chengdu', 'KL'],
} as const;

export interface HeldOutClubOptions {
  readonly pairs: number;
  readonly noise: number;
  readonly crossLanguageShare: number;
  readonly seed: number;
  /** Share of planted pairs that get a decoy who repeats the member's need word for word but needs nothing they offer. */
  readonly echoShare?: number;
}

export interface HeldOutClub {
  readonly profiles: MatchProfile[];
  readonly planted: readonly PlantedPair[];
}

/**
 * A club in the held-out voice: planted complementary pairs (A needs X and offers Y, B offers X and needs Y),
 * long free text with openers and closers, English typos, mixed Chinese-English, and decoys that echo a
 * member's own words one-sidedly.
 */
export function generateHeldOutClub(options: HeldOutClubOptions): HeldOutClub {
  const random = random32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const typo = (text: string): string =>
    text.replace(/[a-z]{6,}/g, (word) => {
      if (random() >= 0.12) return word;
      const at = 1 + Math.floor(random() * (word.length - 3));
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    });
  const say = (voice: Voice, text: string) => {
    const body = voice === 'en' ? typo(text) : text;
    return `${pick(HELD_OUT_OPENERS[voice])}${body}${pick(HELD_OUT_CLOSERS[voice])}`;
  };
  const city = (voice: Voice) => pick(voice === 'en' ? CITIES.en : CITIES.zh);
  const industry = (trade: HeldOutTrade, voice: Voice) => (voice === 'en' ? trade.industry.en : trade.industry.zh);
  const language = (voice: Voice) => (voice === 'en' ? 'en' : 'zh-CN');
  const chineseVoice = (): Voice => (random() < 0.5 ? 'zh' : 'mix');

  const profiles: MatchProfile[] = [];
  const planted: PlantedPair[] = [];
  const trades = HELD_OUT_TRADES;
  // Two members fit both ways when one offers what the other needs and the other way round. So that the
  // planted partner is the one complementary member (and recall measures the matcher, not ties), each
  // pair of trades is complementary for at most one planted pair; decoys and noise avoid those pairs.
  const taken = new Set<string>();
  const key = (p: HeldOutTrade, q: HeldOutTrade) => (p.id < q.id ? `${p.id}|${q.id}` : `${q.id}|${p.id}`);
  const free = (p: HeldOutTrade, q: HeldOutTrade) => p !== q && !taken.has(key(p, q));
  const maxPairs = Math.min(options.pairs, Math.floor((trades.length * (trades.length - 1)) / 4));
  const echoShare = options.echoShare ?? 0.3;
  for (let attempts = 0; planted.length < maxPairs && attempts < 100_000; attempts++) {
    const x = pick(trades);
    const y = pick(trades);
    if (!free(x, y)) continue;
    taken.add(key(x, y));
    const k = planted.length;
    const cross = random() < options.crossLanguageShare;
    const va: Voice = random() < 0.5 ? 'en' : chineseVoice();
    const vb: Voice = cross ? (va === 'en' ? chineseVoice() : 'en') : va === 'en' ? 'en' : chineseVoice();
    const needA = pick(x.need[va]);
    const a = `h${k}a`;
    const b = `h${k}b`;
    // A second, unrelated offer, from a trade that is not complementary to anything else A needs.
    const extra = random() < 0.4 ? pick(trades) : null;
    const extraOffer = extra && free(x, extra) ? `，${pick(extra.offer[va])}` : '';
    if (extra && extraOffer) taken.add(key(x, extra));
    profiles.push(
      {
        id: a,
        language: language(va),
        industry: industry(y, va),
        region: city(va),
        needs: say(va, needA),
        offers: say(va, pick(y.offer[va]) + extraOffer),
      },
      {
        id: b,
        language: language(vb),
        industry: industry(x, vb),
        region: city(vb),
        needs: say(vb, pick(y.need[vb])),
        offers: say(vb, pick(x.offer[vb])),
      },
    );
    planted.push({ a, b, sameLanguage: (va === 'en') === (vb === 'en') });
    if (random() < echoShare) {
      // The decoy offers A's need in A's own words and needs something A does not offer.
      let z = pick(trades);
      for (let tries = 0; tries < 100 && !free(x, z); tries++) z = pick(trades);
      if (!free(x, z)) continue;
      taken.add(key(x, z));
      profiles.push({
        id: `h${k}echo`,
        language: language(va),
        industry: industry(x, va),
        region: city(va),
        needs: say(va, pick(z.need[va])),
        offers: say(va, needA),
      });
    }
  }
  for (let i = 0; i < options.noise; i++) {
    const voice: Voice = random() < 0.5 ? 'en' : chineseVoice();
    const offered = pick(trades);
    let needed = pick(trades);
    for (let tries = 0; tries < 100 && !free(offered, needed); tries++) needed = pick(trades);
    if (!free(offered, needed)) continue;
    profiles.push({
      id: `hn${i}`,
      language: language(voice),
      industry: industry(offered, voice),
      region: city(voice),
      needs: say(voice, pick(needed.need[voice])),
      offers: say(voice, pick(offered.offer[voice])),
    });
  }
  return { profiles, planted };
}
