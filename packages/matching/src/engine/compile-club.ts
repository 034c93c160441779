import { cedictBridge } from '../bridge/cedict-bridge.js';
import { gloveVectors, termRows } from '../bridge/word-vectors.js';
import { SENTENCE_DIMENSIONS } from '../sentence/sentence-dimensions.js';
import { analyzeField, analyzeRegion, type PhraseAnalysis } from '../text/analyze.js';
import { CONCEPT_GROUPS } from '../vocabulary/concept.js';
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js';
import { foldTypos } from './fold-typos.js';
import { GrowableFloat32, GrowableInt32 } from './growable.js';
import { DEFAULT_TUNING, type MatchOptions, type MatchProfile, type MatchTuning } from './match-profile.js';
import { memberVectors } from './member-vectors.js';
import { type NearTerms, nearTerms } from './near-terms.js';

const DAY_MS = 86_400_000;

/**
 * A club compiled for one matching run: every member's needs and offers as concept and term ids in flat
 * typed arrays (offsets per member), so 100k members fit in little memory and scoring touches no strings.
 */
export interface CompiledClub {
  readonly vocabulary: Vocabulary;
  readonly tuning: MatchTuning;
  readonly n: number;
  /** Profiles sorted by id (the order is part of what makes runs repeatable). */
  readonly profiles: readonly MatchProfile[];
  readonly indexOfId: ReadonlyMap<string, number>;
  /** 1 when the member takes part in this run (not snoozed, excluded or opted out). */
  readonly active: Uint8Array;
  /** Phrase texts, referenced by id from the arrays below (for reasons). */
  readonly phrases: readonly string[];
  readonly needStart: Int32Array;
  readonly needConcept: Int32Array;
  readonly needWeight: Float32Array;
  readonly needPhrase: Int32Array;
  readonly offerStart: Int32Array;
  readonly offerConcept: Int32Array;
  readonly offerWeight: Float32Array;
  readonly offerPhrase: Int32Array;
  /** Per member, sorted term ids (only terms that occur in both someone's needs and someone's offers). */
  readonly needTermStart: Int32Array;
  readonly needTerm: Int32Array;
  readonly needTermPhrase: Int32Array;
  /** Per need term, 1 when the member wrote it, less when it is near in meaning to a word they wrote. */
  readonly needTermFactor: Float32Array;
  readonly offerTermStart: Int32Array;
  readonly offerTerm: Int32Array;
  readonly offerTermPhrase: Int32Array;
  readonly terms: readonly string[];
  /** Lexical weight of each term: rarer words in offers say more. */
  readonly termWeight: Float32Array;
  readonly termOfferDf: Int32Array;
  /** Divides what a member needs, gently, so a list of thirty needs does not match everyone. */
  readonly needBreadth: Float32Array;
  /** Divides what a member offers, so "we do everything" profiles do not match everyone. */
  readonly offerBreadth: Float32Array;
  /** Two industry concept ids per member (-1 when none). */
  readonly industry: Int32Array;
  /** Two region ids per member (-1 when none); ids past the gazetteer are regions it does not know. */
  readonly region: Int32Array;
  readonly unknownRegions: readonly string[];
  /** 0..1, 1 for the most recently active. */
  readonly recency: Float32Array;
  /** Dimensions of the members' meaning vectors (0 when matching runs without word vectors). */
  readonly dimensions: number;
  /** Per member, a unit vector of what their needs mean (`dimensions` bytes each, see `member-vectors.ts`). */
  readonly needVector: Int8Array;
  /** Per member, a unit vector of what their offers mean. */
  readonly offerVector: Int8Array;
  /**
   * Per member, the stored sentence meaning (`MatchProfile.meaning`: needs then offers, `SENTENCE_DIMENSIONS` bytes
   * each) as the bytes of its whole buffer (`sentence.block[i]`) from `sentence.offset[i]` (-1: none); both empty
   * when no member has one or the tuning leaves them out.
   */
  readonly sentence: { readonly block: readonly Int8Array[]; readonly offset: Int32Array };
  /** Per member, sorted indices of members never to pair with. */
  readonly exclusionStart: Int32Array;
  readonly exclusion: Int32Array;
}

function timeOf(value: MatchProfile['lastActiveAt']): number | null {
  if (value === null || value === undefined) return null;
  const t = value instanceof Date ? value.getTime() : new Date(value).getTime();
  return Number.isFinite(t) ? t : null;
}

interface Side {
  readonly start: GrowableInt32;
  readonly concept: GrowableInt32;
  readonly weight: GrowableFloat32;
  readonly phrase: GrowableInt32;
  readonly termStart: GrowableInt32;
  readonly term: GrowableInt32;
  readonly termPhrase: GrowableInt32;
}

function side(): Side {
  return {
    start: new GrowableInt32(),
    concept: new GrowableInt32(),
    weight: new GrowableFloat32(),
    phrase: new GrowableInt32(),
    termStart: new GrowableInt32(),
    term: new GrowableInt32(),
    termPhrase: new GrowableInt32(),
  };
}

/** Analyzes every profile once and lays the result out for fast candidate search and scoring. */
export function compileClub(input: readonly MatchProfile[], options: MatchOptions = {}): CompiledClub {
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const tuning: MatchTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const bridge = options.bridge === undefined ? cedictBridge() : options.bridge;
  const seen = new Set<string>();
  const profiles = input
    .filter((p) => {
      if (typeof p?.id !== 'string' || p.id === '' || seen.has(p.id)) return false;
      seen.add(p.id);
      return true;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = profiles.length;
  const indexOfId = new Map(profiles.map((p, i) => [p.id, i]));

  const overseasGroup = CONCEPT_GROUPS.indexOf('overseas');
  const phrases: string[] = [];
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const needDf = new GrowableInt32();
  const offerDf = new GrowableInt32();
  const needs = side();
  const offers = side();
  const industry = new Int32Array(n * 2).fill(-1);
  const region = new Int32Array(n * 2).fill(-1);
  const unknownRegionIds = new Map<string, number>();
  const active = new Uint8Array(n);
  const times = new Float64Array(n).fill(Number.NaN);

  const termId = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      needDf.push(0);
      offerDf.push(0);
    }
    return id;
  };

  // Adds one member's phrases to a side, keeping each concept and term once (strongest, first phrase).
  const addSide = (target: Side, df: GrowableInt32, parts: readonly [PhraseAnalysis[], number][]) => {
    target.start.push(target.concept.length);
    target.termStart.push(target.term.length);
    const conceptAt = new Map<number, number>();
    const termSeen = new Set<number>();
    const phraseIds = new Map<PhraseAnalysis, number>();
    const phraseId = (p: PhraseAnalysis) => {
      let id = phraseIds.get(p);
      if (id === undefined) {
        id = phrases.length;
        phrases.push(p.text);
        phraseIds.set(p, id);
      }
      return id;
    };
    for (const [analyses, factor] of parts) {
      for (const p of analyses) {
        if (p.blocked) continue;
        // A place or sector is a qualifier only beside a real service, not beside "人脉" or "出海".
        const qualified = p.concepts.some(
          (c) => !vocabulary.qualifier[c] && vocabulary.weight[c]! >= 0.8 && vocabulary.group[c] !== overseasGroup,
        );
        for (const c of p.concepts) {
          const w =
            vocabulary.weight[c]! * factor * (qualified && vocabulary.qualifier[c] ? tuning.qualifierWeight : 1);
          const at = conceptAt.get(c);
          if (at === undefined) {
            conceptAt.set(c, target.concept.length);
            target.concept.push(c);
            target.weight.push(w);
            target.phrase.push(phraseId(p));
          } else if (w > target.weight.get(at)) {
            target.weight.set(at, w);
          }
        }
        for (const t of p.terms) {
          const id = termId(t);
          if (termSeen.has(id)) continue;
          termSeen.add(id);
          target.term.push(id);
          target.termPhrase.push(phraseId(p));
          df.increment(id);
        }
      }
    }
  };

  // Industry and region are short and repeat across a club ("跨境电商", "Shenzhen"), so each is read once.
  const industryCache = new Map<string, number[]>();
  const industryOffers = new Map<string, PhraseAnalysis[]>();
  const regionCache = new Map<string, number[]>();
  const cacheKey = (field: MatchProfile['industry']) =>
    typeof field === 'string' ? field : Array.isArray(field) ? field.join('\u0000') : '';

  for (const [i, p] of profiles.entries()) {
    active[i] = p.snoozed || p.excluded || p.optedOut ? 0 : 1;
    addSide(needs, needDf, [[analyzeField(p.needs, vocabulary, bridge), 1]]);
    const industryKey = cacheKey(p.industry);
    let industryOffer = industryOffers.get(industryKey);
    if (!industryOffer) {
      // Only the concepts it names: a sector's bare words would outweigh what the member actually wrote.
      industryOffer =
        tuning.industryOfferWeight > 0 ? analyzeField(p.industry, vocabulary).map((a) => ({ ...a, terms: [] })) : [];
      industryOffers.set(industryKey, industryOffer);
    }
    addSide(offers, offerDf, [
      [analyzeField(p.offers, vocabulary, bridge), 1],
      [analyzeField(p.skills, vocabulary, bridge), tuning.skillWeight],
      [industryOffer, tuning.industryOfferWeight],
    ]);
    let industryIds = industryCache.get(industryKey);
    if (!industryIds) {
      industryIds = analyzeField(p.industry, vocabulary)
        .flatMap((a) => a.concepts)
        .slice(0, 2);
      industryCache.set(industryKey, industryIds);
    }
    industry[i * 2] = industryIds[0] ?? -1;
    industry[i * 2 + 1] = industryIds[1] ?? -1;
    const regionKey = cacheKey(p.region);
    let regionIds = regionCache.get(regionKey);
    if (!regionIds) {
      const r = analyzeRegion(p.region, vocabulary);
      regionIds = [...r.ids];
      for (const text of r.unknown) {
        let id = unknownRegionIds.get(text);
        if (id === undefined) {
          id = vocabulary.regions.length + unknownRegionIds.size;
          unknownRegionIds.set(text, id);
        }
        regionIds.push(id);
      }
      regionCache.set(regionKey, regionIds);
    }
    region[i * 2] = regionIds[0] ?? -1;
    region[i * 2 + 1] = regionIds[1] ?? -1;
    times[i] = timeOf(p.lastActiveAt) ?? Number.NaN;
  }
  needs.start.push(needs.concept.length);
  needs.termStart.push(needs.term.length);
  offers.start.push(offers.concept.length);
  offers.termStart.push(offers.term.length);

  // A term only helps when it appears on both sides somewhere; rarer offered words weigh more.
  const termCount = terms.length;
  // Misspelt words are read as the common word they are one slip from; members' lists and counts follow.
  const writtenDf = new Int32Array(termCount);
  for (let t = 0; t < termCount; t++) writtenDf[t] = needDf.get(t) + offerDf.get(t);
  const canon = foldTypos(terms, writtenDf, Math.max(2, Math.floor(n * 0.002)));
  const needDfArr = remapTerms(needs, canon, n, termCount);
  const offerDfArr = remapTerms(offers, canon, n, termCount);
  const vectors =
    options.vectors === undefined
      ? bridge && (tuning.vectorWeight > 0 || tuning.nearWeight > 0)
        ? gloveVectors()
        : null
      : options.vectors;
  const rows = vectors ? termRows(vectors, terms) : null;
  // Needed words reach offered words near them in meaning, which then count as needed too.
  const near =
    vectors && rows && tuning.nearWeight > 0
      ? nearTerms(rows, needDfArr, offerDfArr, vectors, {
          threshold: tuning.nearThreshold,
          perTerm: tuning.nearPerTerm,
          maxTerms: tuning.nearVocabulary,
        })
      : null;
  // Words common in any English text ("month", "standard", "after") say little of a trade, however rare in the
  // club: their weight rises with their rank in the vectors' frequency order (the table is in that order).
  const lowRank = Math.log(tuning.everydayRank);
  const highRank = Math.log(tuning.specificRank);
  const everyday = (t: number) => {
    const row = rows ? rows[t]! : -1;
    if (row < 0) return 1;
    return Math.min(1, Math.max(0, (Math.log(row + 1) - lowRank) / (highRank - lowRank)));
  };
  const reached = new Uint8Array(termCount);
  if (near) for (const u of near.target) reached[u] = 1;
  const termWeight = new Float32Array(termCount);
  const logN = Math.log(1 + Math.max(n, 2));
  // A word many members write on either side ("hello", "happy to chat", 大家) tells nothing about a fit:
  // its weight fades to zero as it nears `commonTermShare` of the club, whatever the profiles' voice.
  const common = Math.max(tuning.commonTermFloor, tuning.commonTermShare * n);
  for (let t = 0; t < termCount; t++) {
    if ((needDfArr[t]! > 0 || reached[t]) && offerDfArr[t]! > 0) {
      const spread = Math.max(0, 1 - (needDfArr[t]! + offerDfArr[t]!) / (2 * common));
      termWeight[t] = (everyday(t) * tuning.lexicalWeight * Math.log(1 + n / offerDfArr[t]!) * spread) / logN;
    }
  }
  // Meaning vectors weigh every word by its rarity, whether or not anyone writes it on the other side.
  let needVector: Int8Array = new Int8Array(0);
  let offerVector: Int8Array = new Int8Array(0);
  if (vectors && rows && tuning.vectorWeight > 0) {
    const rarity = new Float32Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = needDfArr[t]! + offerDfArr[t]!;
      if (df > 0) rarity[t] = Math.log(1 + n / df) * Math.max(0, 1 - df / (2 * common));
    }
    needVector = memberVectors({ start: needs.termStart, term: needs.term }, n, rows, rarity, vectors);
    offerVector = memberVectors({ start: offers.termStart, term: offers.term }, n, rows, rarity, vectors);
  }
  const needTerms = sortedTerms(needs, termWeight, n, near, tuning.nearWeight);
  const offerTerms = sortedTerms(offers, termWeight, n, null, 0);

  const needStart = needs.start.toArray();
  const needWeight = needs.weight.toArray();
  const offerWeight = offers.weight.toArray();
  specifyConcepts(offers.concept.toArray(), offerWeight, vocabulary.size, n, tuning.conceptSpecificity);
  const offerStart = offers.start.toArray();
  const needBreadth = new Float32Array(n);
  const offerBreadth = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    needBreadth[i] = Math.max(1, (needStart[i + 1]! - needStart[i]!) / 4) ** 0.25;
    offerBreadth[i] = Math.max(1, (offerStart[i + 1]! - offerStart[i]!) / 4) ** 0.25;
  }

  let latest = Number.NEGATIVE_INFINITY;
  for (const t of times) if (t > latest) latest = t;
  const now = options.now !== undefined ? new Date(options.now).getTime() : latest;
  const recency = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = times[i]!;
    if (Number.isFinite(t) && Number.isFinite(now)) {
      recency[i] = Math.exp(-Math.max(0, now - t) / DAY_MS / tuning.recencyDays);
    }
  }

  const { start: exclusionStart, list: exclusion } = exclusions(profiles, indexOfId, options.excludedPairs);

  return {
    vocabulary,
    tuning,
    n,
    profiles,
    indexOfId,
    active,
    phrases,
    needStart,
    needConcept: needs.concept.toArray(),
    needWeight,
    needPhrase: needs.phrase.toArray(),
    offerStart,
    offerConcept: offers.concept.toArray(),
    offerWeight,
    offerPhrase: offers.phrase.toArray(),
    needTermStart: needTerms.start,
    needTerm: needTerms.term,
    needTermPhrase: needTerms.phrase,
    needTermFactor: needTerms.factor ?? new Float32Array(needTerms.term.length).fill(1),
    offerTermStart: offerTerms.start,
    offerTerm: offerTerms.term,
    offerTermPhrase: offerTerms.phrase,
    terms,
    termWeight,
    termOfferDf: offerDfArr,
    needBreadth,
    offerBreadth,
    industry,
    region,
    unknownRegions: [...unknownRegionIds.keys()],
    recency,
    dimensions: needVector.length > 0 ? (vectors?.dimensions ?? 0) : 0,
    needVector,
    offerVector,
    sentence: sentenceMeanings(profiles, tuning),
    exclusionStart,
    exclusion,
  };
}

/**
 * What half the club offers says less than what few offer: each offered concept's weight is scaled by how
 * rare it is in this club (an inverse document frequency, raised to `specificity`; 0 leaves weights as they are).
 */
function specifyConcepts(concept: Int32Array, weight: Float32Array, size: number, n: number, specificity: number) {
  if (specificity <= 0 || n < 2) return;
  const df = new Int32Array(size);
  for (const c of concept) df[c]!++;
  const logN = Math.log(1 + n);
  const scale = new Float32Array(size);
  for (let c = 0; c < size; c++) if (df[c]! > 0) scale[c] = (Math.log(1 + n / df[c]!) / logN) ** specificity;
  for (let k = 0; k < concept.length; k++) weight[k] = weight[k]! * scale[concept[k]!]!;
}

/** Rewrites a side's term ids through `canon` and counts, per term, the members whose side has it. */
function remapTerms(target: Side, canon: Int32Array, n: number, termCount: number): Int32Array {
  const df = new Int32Array(termCount);
  const seenBy = new Int32Array(termCount).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let k = target.termStart.get(i); k < target.termStart.get(i + 1); k++) {
      const t = canon[target.term.get(k)]!;
      target.term.set(k, t);
      if (seenBy[t] !== i) {
        seenBy[t] = i;
        df[t]!++;
      }
    }
  }
  return df;
}

/**
 * Keeps the useful terms of each member, sorted by id so two members' terms intersect in one pass, each with a
 * factor: 1 for a word the member wrote, less for a word near in meaning to one they wrote (`near`, needs only).
 */
function sortedTerms(target: Side, termWeight: Float32Array, n: number, near: NearTerms | null, nearWeight: number) {
  const starts = target.termStart.toArray();
  const all = target.term.toArray();
  const allPhrases = target.termPhrase.toArray();
  // Sized once for every entry there can be (a club of 100,000 holds millions): no doubling, no copies.
  let most = 0;
  for (let k = 0; k < all.length; k++) {
    const t = all[k]!;
    most += 1 + (near ? near.start[t + 1]! - near.start[t]! : 0);
  }
  const start = new Int32Array(n + 1);
  const term = new Int32Array(most);
  const phrase = new Int32Array(most);
  const factor = near ? new Float32Array(most) : null;
  let length = 0;
  // Scratch lists reused for every member: term, phrase and factor of each entry, and their order.
  const keptTerm: number[] = [];
  const keptPhrase: number[] = [];
  const keptFactor: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    start[i] = length;
    keptTerm.length = 0;
    keptPhrase.length = 0;
    keptFactor.length = 0;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      const t = all[k]!;
      if (termWeight[t]! > 0) {
        keptTerm.push(t);
        keptPhrase.push(allPhrases[k]!);
        keptFactor.push(1);
      }
      if (near) {
        for (let x = near.start[t]!; x < near.start[t + 1]!; x++) {
          const u = near.target[x]!;
          if (termWeight[u]! <= 0) continue;
          keptTerm.push(u);
          keptPhrase.push(allPhrases[k]!);
          keptFactor.push(nearWeight * near.similarity[x]!);
        }
      }
    }
    order.length = keptTerm.length;
    for (let x = 0; x < order.length; x++) order[x] = x;
    // By term, strongest first: a word written and also reached through another keeps its full weight once.
    order.sort((x, y) => keptTerm[x]! - keptTerm[y]! || keptFactor[y]! - keptFactor[x]! || x - y);
    for (let j = 0; j < order.length; j++) {
      const x = order[j]!;
      if (j > 0 && keptTerm[order[j - 1]!] === keptTerm[x]) continue;
      term[length] = keptTerm[x]!;
      phrase[length] = keptPhrase[x]!;
      if (factor) factor[length] = keptFactor[x]!;
      length++;
    }
  }
  start[n] = length;
  return {
    start,
    term: term.subarray(0, length),
    phrase: phrase.subarray(0, length),
    factor: factor ? factor.subarray(0, length) : null,
  };
}

/** Both members' do-not-pair lists and the pairs the caller excludes, as sorted index lists per member. */
function exclusions(
  profiles: readonly MatchProfile[],
  indexOfId: ReadonlyMap<string, number>,
  excludedPairs: Iterable<string> | undefined,
): { start: Int32Array; list: Int32Array } {
  const n = profiles.length;
  const lists = new Map<number, Set<number>>();
  const add = (a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined || a === b) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = lists.get(x) ?? new Set<number>();
      set.add(y);
      lists.set(x, set);
    }
  };
  for (const [i, p] of profiles.entries()) {
    for (const other of p.doNotPair ?? []) add(i, indexOfId.get(other));
  }
  for (const key of excludedPairs ?? []) {
    const cut = key.indexOf('\u0000');
    if (cut < 0) continue;
    add(indexOfId.get(key.slice(0, cut)), indexOfId.get(key.slice(cut + 1)));
  }
  const start = new Int32Array(n + 1);
  const list = new GrowableInt32();
  for (let i = 0; i < n; i++) {
    start[i] = list.length;
    const set = lists.get(i);
    if (set) for (const j of [...set].sort((x, y) => x - y)) list.push(j);
  }
  start[n] = list.length;
  return { start, list: list.toArray() };
}

/**
 * Each member's stored sentence meaning, by member index, as a byte array over the meaning's whole buffer and the
 * meaning's offset in it (-1: none, or not `2 × SENTENCE_DIMENSIONS` bytes): meanings read a page at a time share
 * one buffer, and reading them at an offset of one array is much faster than through a view each. No copies (51 MB
 * at 100,000). Empty when no member has one or the tuning leaves them out.
 */
function sentenceMeanings(
  profiles: readonly MatchProfile[],
  tuning: MatchTuning,
): { readonly block: Int8Array[]; readonly offset: Int32Array } {
  const none = { block: [], offset: new Int32Array(0) };
  if (tuning.sentenceWeight <= 0) return none;
  const width = 2 * SENTENCE_DIMENSIONS;
  const wholes = new Map<ArrayBufferLike, Int8Array>();
  const empty = new Int8Array(0);
  const offset = new Int32Array(profiles.length).fill(-1);
  let any = false;
  const block = profiles.map((p, i) => {
    const m = p.meaning;
    if (!m || m.length !== width) return empty;
    let whole = wholes.get(m.buffer);
    if (!whole) {
      whole = new Int8Array(m.buffer);
      wholes.set(m.buffer, whole);
    }
    offset[i] = m.byteOffset;
    any = true;
    return whole;
  });
  return any ? { block, offset } : none;
}
