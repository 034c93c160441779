import type { MatchProfile } from '../../engine/match-profile.js';
import type { PlantedPair } from '../recall.js';
import type { DevTrade } from './dev-trades.js';
import { DEV_TWO_CLOSERS, DEV_TWO_OPENERS, DEV_TWO_TRADES } from './dev-trades-two.js';
import { type DevClubOptions, mulberry32 } from './generate-dev-club.js';

type Voice = 'en' | 'zh' | 'mix';

const PLACES = {
  en: ['Lisbon', 'Kuala Lumpur', 'Singapore', 'Nairobi', 'Austin', 'Hangzhou', 'Taipei', 'Warsaw', 'Manila'],
  zh: ['里斯本', '吉隆坡', '新加坡', '内罗毕', '奥斯汀', '杭州', '台北', '华沙', '马尼拉'],
} as const;

/**
 * The second development club: the same contract as `generateDevClub` (planted complementary pairs A needs X and
 * offers Y / B offers X and needs Y, echo decoys who offer A's need in A's own words but need nothing A offers, noise
 * members, each pair of trades complementary for at most one planted pair), drawn from the second set's trades and
 * voice, with its own typos (dropped, doubled and swapped letters) and places. Member ids start with `t`; `plainAsks`
 * names the planted members whose need is a plain ask rather than a situation.
 */
export function generateDevClubTwo(options: DevClubOptions): {
  profiles: MatchProfile[];
  planted: PlantedPair[];
  /** Planted members whose need is the plain ask (the third variant) rather than a situation, for a breakdown. */
  plainAsks: Set<string>;
} {
  const random = mulberry32(options.seed * 104_729 + 2_027);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const misspell = (text: string) =>
    text.replace(/[a-z]{5,}/g, (word) => {
      const r = random();
      if (r < 0.05) return word.slice(0, -1); // a dropped last letter
      const at = 1 + Math.floor(random() * (word.length - 2));
      if (r < 0.1) return word.slice(0, at) + word[at] + word.slice(at); // a doubled letter
      if (r < 0.14) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // two letters swapped
      return word;
    });
  const write = (voice: Voice, text: string) =>
    `${pick(DEV_TWO_OPENERS[voice])}${voice === 'zh' ? text : misspell(text)}${pick(DEV_TWO_CLOSERS[voice])}`;
  const lang = (voice: Voice) => (voice === 'en' ? 'en' : 'zh-CN');
  const place = (voice: Voice) => pick(voice === 'en' ? PLACES.en : PLACES.zh);
  const sector = (t: DevTrade, voice: Voice) => (voice === 'en' ? t.industry.en : t.industry.zh);
  const chinese = (): Voice => (random() < 0.5 ? 'zh' : 'mix');

  const trades = DEV_TWO_TRADES;
  const profiles: MatchProfile[] = [];
  const planted: PlantedPair[] = [];
  const plainAsks = new Set<string>();
  const used = new Set<string>();
  const key = (p: DevTrade, q: DevTrade) => (p.id < q.id ? `${p.id}|${q.id}` : `${q.id}|${p.id}`);
  const open = (p: DevTrade, q: DevTrade) => p !== q && !used.has(key(p, q));
  const most = Math.min(options.pairs, Math.floor((trades.length * (trades.length - 1)) / 4));
  for (let tries = 0; planted.length < most && tries < 100_000; tries++) {
    const x = pick(trades);
    const y = pick(trades);
    if (!open(x, y)) continue;
    used.add(key(x, y));
    const k = planted.length;
    const cross = random() < options.crossLanguageShare;
    const va: Voice = random() < 0.5 ? 'en' : chinese();
    const vb: Voice = cross ? (va === 'en' ? chinese() : 'en') : va === 'en' ? 'en' : chinese();
    const needA = pick(x.need[va]);
    const needB = pick(y.need[vb]);
    if (needA === x.need[va][2]) plainAsks.add(`t${planted.length}a`);
    if (needB === y.need[vb][2]) plainAsks.add(`t${planted.length}b`);
    profiles.push(
      {
        id: `t${k}a`,
        language: lang(va),
        industry: sector(y, va),
        region: place(va),
        needs: write(va, needA),
        offers: write(va, pick(y.offer[va])),
      },
      {
        id: `t${k}b`,
        language: lang(vb),
        industry: sector(x, vb),
        region: place(vb),
        needs: write(vb, needB),
        offers: write(vb, pick(x.offer[vb])),
      },
    );
    planted.push({ a: `t${k}a`, b: `t${k}b`, sameLanguage: (va === 'en') === (vb === 'en') });
    if (random() < (options.echoShare ?? 0.3)) {
      let z = pick(trades);
      for (let n = 0; n < 100 && !open(x, z); n++) z = pick(trades);
      if (!open(x, z)) continue;
      used.add(key(x, z));
      profiles.push({
        id: `t${k}echo`,
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
    const offered = pick(trades);
    let needed = pick(trades);
    for (let n = 0; n < 100 && !open(offered, needed); n++) needed = pick(trades);
    if (!open(offered, needed)) continue;
    profiles.push({
      id: `tn${i}`,
      language: lang(voice),
      industry: sector(offered, voice),
      region: place(voice),
      needs: write(voice, pick(needed.need[voice])),
      offers: write(voice, pick(offered.offer[voice])),
    });
  }
  return { profiles, planted, plainAsks };
}
