import type { MatchProfile } from '../../engine/match-profile.js';
import type { PlantedPair } from '../recall.js';
import { DEV_CLOSERS, DEV_OPENERS, DEV_TRADES, type DevTrade } from './dev-trades.js';

/** Its own seeded generator (mulberry32), so the development set shares no code with the other sets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Voice = 'en' | 'zh' | 'mix';

const PLACES = {
  en: ['Shenzhen', 'Ho Chi Minh City', 'Jakarta', 'Bangkok', 'Melbourne', 'Vancouver', 'Dubai', 'Guangzhou'],
  zh: ['深圳', '胡志明市', '雅加达', '曼谷', '墨尔本', '温哥华', '迪拜', '广州'],
} as const;

export interface DevClubOptions {
  readonly pairs: number;
  readonly noise: number;
  readonly crossLanguageShare: number;
  readonly seed: number;
  /** Share of planted pairs with a decoy who offers A's need in A's words but needs nothing A offers. */
  readonly echoShare?: number;
}

/**
 * A development club: planted complementary pairs (A needs X and offers Y; B offers X and needs Y) in the development
 * voice, with English typos, decoys and noise members. Each pair of trades is complementary for at most one planted
 * pair, so the planted partner is the one member who fits both ways.
 */
export function generateDevClub(options: DevClubOptions): { profiles: MatchProfile[]; planted: PlantedPair[] } {
  const random = mulberry32(options.seed * 7919 + 17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const misspell = (text: string) =>
    text.replace(/[a-z]{5,}/g, (word) => {
      const r = random();
      if (r < 0.06) return word.slice(0, -1); // a dropped last letter
      if (r < 0.12) {
        const at = 1 + Math.floor(random() * (word.length - 2));
        return word.slice(0, at) + word[at] + word.slice(at); // a doubled letter
      }
      return word;
    });
  const write = (voice: Voice, text: string) =>
    `${pick(DEV_OPENERS[voice])}${voice === 'en' ? misspell(text) : text}${pick(DEV_CLOSERS[voice])}`;
  const lang = (voice: Voice) => (voice === 'en' ? 'en' : 'zh-CN');
  const place = (voice: Voice) => pick(voice === 'en' ? PLACES.en : PLACES.zh);
  const sector = (t: DevTrade, voice: Voice) => (voice === 'en' ? t.industry.en : t.industry.zh);
  const chinese = (): Voice => (random() < 0.5 ? 'zh' : 'mix');

  const profiles: MatchProfile[] = [];
  const planted: PlantedPair[] = [];
  const used = new Set<string>();
  const key = (p: DevTrade, q: DevTrade) => (p.id < q.id ? `${p.id}|${q.id}` : `${q.id}|${p.id}`);
  const open = (p: DevTrade, q: DevTrade) => p !== q && !used.has(key(p, q));
  const most = Math.min(options.pairs, Math.floor((DEV_TRADES.length * (DEV_TRADES.length - 1)) / 4));
  for (let tries = 0; planted.length < most && tries < 100_000; tries++) {
    const x = pick(DEV_TRADES);
    const y = pick(DEV_TRADES);
    if (!open(x, y)) continue;
    used.add(key(x, y));
    const k = planted.length;
    const cross = random() < options.crossLanguageShare;
    const va: Voice = random() < 0.5 ? 'en' : chinese();
    const vb: Voice = cross ? (va === 'en' ? chinese() : 'en') : va === 'en' ? 'en' : chinese();
    const needA = pick(x.need[va]);
    profiles.push(
      {
        id: `d${k}a`,
        language: lang(va),
        industry: sector(y, va),
        region: place(va),
        needs: write(va, needA),
        offers: write(va, pick(y.offer[va])),
      },
      {
        id: `d${k}b`,
        language: lang(vb),
        industry: sector(x, vb),
        region: place(vb),
        needs: write(vb, pick(y.need[vb])),
        offers: write(vb, pick(x.offer[vb])),
      },
    );
    planted.push({ a: `d${k}a`, b: `d${k}b`, sameLanguage: (va === 'en') === (vb === 'en') });
    if (random() < (options.echoShare ?? 0.3)) {
      let z = pick(DEV_TRADES);
      for (let n = 0; n < 100 && !open(x, z); n++) z = pick(DEV_TRADES);
      if (!open(x, z)) continue;
      used.add(key(x, z));
      profiles.push({
        id: `d${k}echo`,
        language: lang(va),
        industry: sector(x, va),
        region: place(va),
        needs: write(va, pick(z.need[va])),
        offers: write(va, needA),
      });
    }
  }
  for (let i = 0; i < options.noise; i++) {
    const voice: Voice = random() < 0.5 ? 'en' : chinese();
    const offered = pick(DEV_TRADES);
    let needed = pick(DEV_TRADES);
    for (let n = 0; n < 100 && !open(offered, needed); n++) needed = pick(DEV_TRADES);
    if (!open(offered, needed)) continue;
    profiles.push({
      id: `dn${i}`,
      language: lang(voice),
      industry: sector(offered, voice),
      region: place(voice),
      needs: write(voice, pick(needed.need[voice])),
      offers: write(voice, pick(offered.offer[voice])),
    });
  }
  return { profiles, planted };
}
