import type { MatchProfile } from '../engine/match-profile.js';
import { SCENARIOS, type Scenario } from './scenarios.js';

/** A small fast seeded generator (mulberry32), so generated clubs are the same on every run. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Lang = 'zh' | 'en';

const REGIONS: readonly { readonly zh: string; readonly en: string }[] = [
  { zh: '上海', en: 'Shanghai' },
  { zh: '深圳', en: 'Shenzhen' },
  { zh: '北京', en: 'Beijing' },
  { zh: '广州', en: 'Guangzhou' },
  { zh: '杭州', en: 'Hangzhou' },
  { zh: '香港', en: 'Hong Kong' },
  { zh: '新加坡', en: 'Singapore' },
  { zh: '吉隆坡', en: 'Kuala Lumpur' },
  { zh: '曼谷', en: 'Bangkok' },
  { zh: '迪拜', en: 'Dubai' },
  { zh: '伦敦', en: 'London' },
  { zh: '纽约', en: 'New York' },
  { zh: '洛杉矶', en: 'Los Angeles' },
  { zh: '东京', en: 'Tokyo' },
  { zh: '成都', en: 'Chengdu' },
  { zh: '东莞', en: 'Dongguan' },
  { zh: '义乌', en: 'Yiwu' },
  { zh: '悉尼', en: 'Sydney' },
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Two members planted as each other's best match. */
export interface PlantedPair {
  readonly a: string;
  readonly b: string;
  readonly sameLanguage: boolean;
}

export interface PlantedClub {
  readonly profiles: MatchProfile[];
  readonly planted: readonly PlantedPair[];
}

export interface PlantedClubOptions {
  readonly pairs: number;
  /** Members with random needs and offers around the planted pairs. */
  readonly noise: number;
  /** Share of pairs whose two members write in different languages. */
  readonly crossLanguageShare: number;
  readonly seed: number;
  readonly scenarios?: readonly Scenario[];
}

/**
 * A club with planted complementary pairs: A needs X and offers Y, B offers X and needs Y, worded
 * differently (and in different languages for some pairs), among members who offer or need the same
 * things one-sidedly, so only the two-sided fit singles the partner out.
 */
export function generatePlantedClub(options: PlantedClubOptions): PlantedClub {
  const random = createRandom(options.seed);
  const scenarios = options.scenarios ?? SCENARIOS;
  const profiles: MatchProfile[] = [];
  const planted: PlantedPair[] = [];
  const used = new Set<string>();
  const maxPairs = Math.min(options.pairs, scenarios.length * (scenarios.length - 1));
  const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
  while (planted.length < maxPairs) {
    const x = pick(random, scenarios);
    const y = pick(random, scenarios);
    if (x === y || used.has(`${x.id}>${y.id}`)) continue;
    used.add(`${x.id}>${y.id}`);
    const k = planted.length;
    const la: Lang = random() < 0.5 ? 'zh' : 'en';
    const lb: Lang = random() < options.crossLanguageShare ? other(la) : la;
    const region = pick(random, REGIONS);
    const needsA = [pick(random, x.need[la])];
    const offersA = [pick(random, y.offer[la])];
    const needsB = [pick(random, y.need[lb])];
    const offersB = [pick(random, x.offer[lb])];
    // Real profiles list more than one thing; half the planted members get an unrelated extra.
    if (random() < 0.5) offersA.push(pick(random, pick(random, scenarios).offer[la]));
    if (random() < 0.5) needsB.push(pick(random, pick(random, scenarios).need[lb]));
    const a = `p${k}a`;
    const b = `p${k}b`;
    profiles.push(
      { id: a, language: la, industry: y.industry[la], region: region[la], needs: needsA, offers: offersA },
      {
        id: b,
        language: lb,
        industry: x.industry[lb],
        region: pick(random, REGIONS)[lb],
        needs: needsB,
        offers: offersB,
      },
    );
    planted.push({ a, b, sameLanguage: la === lb });
  }
  for (let i = 0; i < options.noise; i++) {
    const lang: Lang = random() < 0.5 ? 'zh' : 'en';
    const offered = pick(random, scenarios);
    profiles.push({
      id: `n${i}`,
      language: lang,
      industry: offered.industry[lang],
      region: pick(random, REGIONS)[lang],
      needs: [pick(random, pick(random, scenarios).need[lang])],
      offers: [pick(random, offered.offer[lang]), pick(random, pick(random, scenarios).offer[lang])],
    });
  }
  return { profiles, planted };
}

const ZH_CHARS =
  '智能宠物母婴家居美妆茶叶白酒服装鞋包户外储能光伏芯片机器人医疗教育旅游餐饮咖啡零食玩具灯具五金汽配家电手机数码健身水果海鲜';
const EN_SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ven',
  'tor',
  'nex',
  'zu',
  'pli',
  'dor',
  'sa',
  'qui',
  'bel',
  'fin',
  'gra',
  'tal',
];
const ZH_FILLERS = ['', '', '长期', '目前', '我们', '公司'];
const EN_FILLERS = ['', '', 'currently ', 'also ', 'we '];

// Product words the vocabulary does not know, so the lexical path is exercised as in real profiles.
function productWord(random: () => number, lang: Lang): string {
  if (lang === 'zh') {
    const at = Math.floor(random() * (ZH_CHARS.length - 1));
    const at2 = Math.floor(random() * (ZH_CHARS.length - 1));
    return ZH_CHARS.slice(at, at + 2) + ZH_CHARS.slice(at2, at2 + 2);
  }
  let word = '';
  const syllables = 2 + Math.floor(random() * 2);
  for (let i = 0; i < syllables; i++) word += pick(random, EN_SYLLABLES);
  return word;
}

export interface ClubOptions {
  readonly members: number;
  readonly seed: number;
  readonly scenarios?: readonly Scenario[];
  /** Time the generated activity ends at (default 2026-01-01). */
  readonly now?: Date;
}

/**
 * A large random club for the benchmark: 1–3 needs and offers per member from the scenarios, with filler,
 * unknown product words, regions, activity dates, a few snoozed/excluded/opted-out members and
 * do-not-pair lists.
 */
export function generateClub(options: ClubOptions): MatchProfile[] {
  const random = createRandom(options.seed);
  const scenarios = options.scenarios ?? SCENARIOS;
  const now = (options.now ?? new Date('2026-01-01T00:00:00Z')).getTime();
  const profiles: MatchProfile[] = [];
  for (let i = 0; i < options.members; i++) {
    const lang: Lang = random() < 0.6 ? 'zh' : 'en';
    const phrase = (text: string) => {
      const filler = pick(random, lang === 'zh' ? ZH_FILLERS : EN_FILLERS);
      const extra =
        random() < 0.5 ? (lang === 'zh' ? `，${productWord(random, lang)}` : `, ${productWord(random, lang)}`) : '';
      return `${filler}${text}${extra}`;
    };
    const needs: string[] = [];
    const offers: string[] = [];
    const needCount = 1 + Math.floor(random() * 3);
    const offerCount = 1 + Math.floor(random() * 3);
    for (let k = 0; k < needCount; k++) needs.push(phrase(pick(random, pick(random, scenarios).need[lang])));
    const main = pick(random, scenarios);
    for (let k = 0; k < offerCount; k++) {
      offers.push(phrase(pick(random, (k === 0 ? main : pick(random, scenarios)).offer[lang])));
    }
    const flags = random();
    profiles.push({
      id: `m${i.toString().padStart(7, '0')}`,
      language: lang,
      industry: main.industry[lang],
      region: pick(random, REGIONS)[lang],
      skills: random() < 0.3 ? productWord(random, lang) : '',
      needs,
      offers,
      lastActiveAt: new Date(now - Math.floor(random() * 120) * 86_400_000),
      ...(flags < 0.03
        ? { snoozed: true }
        : flags < 0.04
          ? { excluded: true }
          : flags < 0.06
            ? { optedOut: true }
            : {}),
      ...(random() < 0.01
        ? {
            doNotPair: [
              `m${Math.floor(random() * options.members)
                .toString()
                .padStart(7, '0')}`,
            ],
          }
        : {}),
    });
  }
  return profiles;
}
