import { SENTENCE_DIMENSIONS, SENTENCE_SCALE } from '../sentence/sentence-dimensions.js';
import type { CompiledClub } from './compile-club.js';
import { cosine } from './member-vectors.js';
import type { PostingIndex } from './posting-index.js';

const SENTENCE_UNIT = 1 / (SENTENCE_SCALE * SENTENCE_SCALE);
/**
 * The cosine of two stored sentence halves, `x` from `p` and `y` from `q` (0 when either is all zeros). Four sums
 * side by side (D is a multiple of 4): the loop runs twice for each candidate meanings reorder.
 */
function sentenceCosine(x: Int8Array, p: number, y: Int8Array, q: number, D: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let d = 0; d < D; d += 4) {
    s0 += x[p + d]! * y[q + d]!;
    s1 += x[p + d + 1]! * y[q + d + 1]!;
    s2 += x[p + d + 2]! * y[q + d + 2]!;
    s3 += x[p + d + 3]! * y[q + d + 3]!;
  }
  return (s0 + s1 + s2 + s3) * SENTENCE_UNIT;
}

/** How well two members fit, from the first member's point of view. */
export interface PairScore {
  /** How much of the first member's needs the second one's offers meet. */
  readonly forward: number;
  /** How much of the second member's needs the first one's offers meet. */
  readonly backward: number;
  /** The first member's ranking score of the second. */
  readonly score: number;
  /** A symmetric score of the pair, for choosing a round's introductions. */
  readonly pairScore: number;
  /** What the stored sentence meanings add to both scores (already in them). */
  readonly sentence: number;
}

/** One ranked counterpart. */
export interface Ranked extends PairScore {
  readonly index: number;
}

// A mutual hit (they offer what I need AND need what I offer) counts this much in the rough pass.
const MUTUAL_ROUGH = 2;

/** Knuth's multiplicative hash, for deterministic per-member rotation through long posting lists. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * Finds and scores the counterparts of one member without looking at everyone: candidates come from the
 * posting lists of the concepts the member needs and offers, each list read up to a cap, so the work per
 * member stays constant however large the club grows.
 */
export class Ranker {
  private readonly rough: Float32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly heapScore: Float64Array;
  private readonly heapIndex: Int32Array;
  /** Counters for the benchmark and for tests of the cost bound. */
  postingsRead = 0;
  candidatesTouched = 0;
  candidatesScored = 0;

  constructor(
    private readonly club: CompiledClub,
    private readonly index: PostingIndex,
  ) {
    this.rough = new Float32Array(club.n);
    this.touched = new Int32Array(club.n);
    const k = Math.max(club.tuning.shortlist, 1);
    this.heapScore = new Float64Array(k);
    this.heapIndex = new Int32Array(k);
  }

  private add(a: number, b: number, value: number): void {
    if (b === a || !this.club.active[b]) return;
    const rough = this.rough;
    if (rough[b] === 0) this.touched[this.touchedCount++] = b;
    rough[b]! += value;
  }

  // Reads a capped slice of one list: its strongest head, then a window whose place depends on the member.
  private visit(
    a: number,
    members: Int32Array,
    weights: Float32Array | null,
    s: number,
    e: number,
    cap: number,
    seed: number,
    factor: number,
  ): void {
    const len = e - s;
    this.postingsRead += Math.min(len, cap);
    if (len <= cap) {
      for (let k = s; k < e; k++) this.add(a, members[k]!, factor * (weights ? weights[k]! : 1));
      return;
    }
    const head = Math.min(this.club.tuning.postingHead, cap);
    for (let k = s; k < s + head; k++) this.add(a, members[k]!, factor * (weights ? weights[k]! : 1));
    const rest = len - head;
    // The window starts anywhere in the rest of the list, so no one beyond the small head is read by
    // everyone (and fills their cap at once) while others are never suggested.
    const offset = mix(a, seed) % rest;
    for (let j = 0; j < cap - head; j++) {
      const k = s + head + ((offset + j) % rest);
      this.add(a, members[k]!, factor * (weights ? weights[k]! : 1));
    }
  }

  private gather(a: number): void {
    const { club, index } = this;
    const { vocabulary, tuning } = club;
    const size = vocabulary.size;
    const limit = tuning.expansionLimit;
    const ns = club.needStart[a]!;
    const ne = club.needStart[a + 1]!;
    const os = club.offerStart[a]!;
    const oe = club.offerStart[a + 1]!;
    // Their offers that meet my needs.
    for (let k = ns; k < ne; k++) {
      const w = club.needWeight[k]!;
      const exp = vocabulary.servedBy[club.needConcept[k]!]!;
      const m = Math.min(exp.ids.length, limit);
      for (let x = 0; x < m; x++) {
        const c = exp.ids[x]!;
        this.visit(
          a,
          index.offerMember,
          index.offerWeight,
          index.offerStart[c]!,
          index.offerStart[c + 1]!,
          tuning.postingCap,
          c,
          w * exp.weights[x]!,
        );
      }
    }
    // Their needs that my offers meet (weighted less: my own needs come first in my ranking).
    for (let k = os; k < oe; k++) {
      const w = club.offerWeight[k]!;
      const exp = vocabulary.serves[club.offerConcept[k]!]!;
      const m = Math.min(exp.ids.length, limit);
      for (let x = 0; x < m; x++) {
        const c = exp.ids[x]!;
        this.visit(
          a,
          index.needMember,
          index.needWeight,
          index.needStart[c]!,
          index.needStart[c + 1]!,
          tuning.postingCap >> 1,
          c + size,
          0.5 * w * exp.weights[x]!,
        );
      }
    }
    // Both at once: members offering what serves my need and needing what my offer serves.
    const mutualLimit = Math.max(1, limit - 2);
    for (let k = ns; k < ne; k++) {
      const need = vocabulary.servedBy[club.needConcept[k]!]!;
      const mn = Math.min(need.ids.length, mutualLimit);
      for (let x = 0; x < mn; x++) {
        const row = need.ids[x]! * size;
        const r1 = need.weights[x]!;
        for (let q = os; q < oe; q++) {
          const offer = vocabulary.serves[club.offerConcept[q]!]!;
          const mo = Math.min(offer.ids.length, mutualLimit);
          for (let y = 0; y < mo; y++) {
            const key = row + offer.ids[y]!;
            const s = index.pairStart[key]!;
            const e = index.pairStart[key + 1]!;
            if (e > s) {
              this.visit(
                a,
                index.pairMember,
                null,
                s,
                e,
                tuning.pairPostingCap,
                key,
                MUTUAL_ROUGH * r1 * offer.weights[y]!,
              );
            }
          }
        }
      }
    }
    // Words the vocabulary does not know; very common ones are left to exact scoring.
    const maxDf = Math.max(50, club.n * 0.02);
    for (let k = club.needTermStart[a]!; k < club.needTermStart[a + 1]!; k++) {
      const t = club.needTerm[k]!;
      if (club.termOfferDf[t]! > maxDf) continue;
      this.visit(
        a,
        index.termMember,
        null,
        index.termStart[t]!,
        index.termStart[t + 1]!,
        tuning.termPostingCap,
        t + 2 * size,
        club.termWeight[t]! * club.needTermFactor[k]!,
      );
    }
    // Their needs my offered words meet (weighted less, as for concepts).
    for (let k = club.offerTermStart[a]!; k < club.offerTermStart[a + 1]!; k++) {
      const t = club.offerTerm[k]!;
      if (club.termOfferDf[t]! > maxDf) continue;
      this.visit(
        a,
        index.needTermMember,
        null,
        index.needTermStart[t]!,
        index.needTermStart[t + 1]!,
        tuning.termPostingCap >> 1,
        t + 2 * size + club.terms.length,
        0.5 * club.termWeight[t]!,
      );
    }
  }

  /**
   * How well y's offers meet x's needs: the best met need counts fully, each further one half (so a
   * detailed profile is not diluted), divided gently by how many needs x and offers y list.
   */
  strength(x: number, y: number): number {
    const club = this.club;
    const rel = club.vocabulary.relation;
    const size = club.vocabulary.size;
    const os = club.offerStart[y]!;
    const oe = club.offerStart[y + 1]!;
    let raw = 0;
    let top = 0;
    for (let k = club.needStart[x]!; k < club.needStart[x + 1]!; k++) {
      const row = club.needConcept[k]! * size;
      let best = 0;
      for (let m = os; m < oe; m++) {
        const v = rel[row + club.offerConcept[m]!]! * club.offerWeight[m]!;
        if (v > best) best = v;
      }
      const met = club.needWeight[k]! * best;
      raw += met;
      if (met > top) top = met;
    }
    let lexical = 0;
    let i = club.needTermStart[x]!;
    const ie = club.needTermStart[x + 1]!;
    let j = club.offerTermStart[y]!;
    const je = club.offerTermStart[y + 1]!;
    const written = ie - i + je - j;
    while (i < ie && j < je) {
      const p = club.needTerm[i]!;
      const q = club.offerTerm[j]!;
      if (p === q) {
        lexical += club.termWeight[p]! * club.needTermFactor[i]!;
        i++;
        j++;
      } else if (p < q) i++;
      else j++;
    }
    // Shared unknown words count as one more met need, at most as much as a concept.
    // Long free text shares words by chance: beyond `lexicalLength` words, what is shared counts by its share.
    if (written > club.tuning.lexicalLength) lexical *= Math.sqrt(club.tuning.lexicalLength / written);
    lexical = Math.min(lexical, 1);
    raw += lexical;
    if (lexical > top) top = lexical;
    if (raw === 0) return 0;
    return (top + 0.5 * (raw - top)) / (club.needBreadth[x]! * club.offerBreadth[y]!);
  }

  /** Complementary industries and shared region, the same from both sides. */
  bonus(a: number, b: number): number {
    const { club } = this;
    const { vocabulary, tuning } = club;
    let bonus = 0;
    industry: for (let x = 0; x < 2; x++) {
      const ia = club.industry[a * 2 + x]!;
      if (ia < 0) break;
      for (let y = 0; y < 2; y++) {
        const ib = club.industry[b * 2 + y]!;
        if (ib < 0) break;
        if (vocabulary.complementary[vocabulary.group[ia]! * vocabulary.groupCount + vocabulary.group[ib]!]) {
          bonus += tuning.industryBonus;
          break industry;
        }
      }
    }
    return bonus + this.regionBonus(a, b);
  }

  /** Same city (or the same region text), same country, or the same wider area. */
  regionBonus(a: number, b: number): number {
    const { club } = this;
    const { tuning, vocabulary } = club;
    const known = vocabulary.regions.length;
    let best = 0;
    for (let x = 0; x < 2; x++) {
      const ra = club.region[a * 2 + x]!;
      if (ra < 0) break;
      for (let y = 0; y < 2; y++) {
        const rb = club.region[b * 2 + y]!;
        if (rb < 0) break;
        if (ra === rb) return tuning.sameCityBonus;
        if (ra >= known || rb >= known) continue;
        const ca = vocabulary.regionChain[ra]!;
        const cb = vocabulary.regionChain[rb]!;
        for (let p = 0; p < ca.length; p++) {
          const q = cb.indexOf(ca[p]!);
          if (q < 0) continue;
          const value = p + q <= 2 && p <= 1 && q <= 1 ? tuning.sameCountryBonus : tuning.sameAreaBonus;
          if (value > best) best = value;
          break;
        }
      }
    }
    return best;
  }

  /** How much what b offers means what a needs, and the other way round, both at once (0 without vectors). */
  meaning(a: number, b: number): number {
    const { club } = this;
    const D = club.dimensions;
    if (D === 0) return 0;
    // Any two business texts point somewhat alike: only what is above the floor says they fit.
    const floor = club.tuning.meaningFloor;
    const there = cosine(club.needVector, a, club.offerVector, b, D) - floor;
    const back = cosine(club.needVector, b, club.offerVector, a, D) - floor;
    return there > 0 && back > 0 ? Math.sqrt(there * back) / (1 - floor) : 0;
  }

  /**
   * How near b's offers are to a's needs plus a's offers to b's needs, in the members' stored sentence meanings,
   * each above the floor (0 when either has none).
   */
  sentenceFit(a: number, b: number): number {
    const { block, offset } = this.club.sentence;
    if (offset.length === 0) return 0;
    const p = offset[a]!;
    const q = offset[b]!;
    if (p < 0 || q < 0) return 0;
    const x = block[a]!;
    const y = block[b]!;
    const D = SENTENCE_DIMENSIONS;
    const floor = this.club.tuning.sentenceFloor;
    const there = sentenceCosine(x, p, y, q + D, D);
    const back = sentenceCosine(y, q, x, p + D, D);
    return Math.max(0, there - floor) + Math.max(0, back - floor);
  }

  /** The full score of b for a (`withSentence` false: without what sentence meanings add). */
  score(a: number, b: number, withSentence = true): PairScore {
    const { tuning, recency } = this.club;
    const forward = this.strength(a, b);
    const backward = this.strength(b, a);
    const mutual = Math.sqrt(forward * backward);
    const bonus = forward + backward > 0 ? this.bonus(a, b) : 0;
    const sentence = withSentence && tuning.sentenceWeight > 0 ? tuning.sentenceWeight * this.sentenceFit(a, b) : 0;
    const meaning = (tuning.vectorWeight > 0 ? tuning.vectorWeight * this.meaning(a, b) : 0) + sentence;
    const score =
      meaning +
      tuning.forward * forward +
      tuning.backward * backward +
      tuning.mutual * mutual +
      bonus +
      tuning.recencyBonus * recency[b]!;
    const pairScore =
      meaning +
      ((tuning.forward + tuning.backward) / 2) * (forward + backward) +
      tuning.mutual * mutual +
      bonus +
      (tuning.recencyBonus * (recency[a]! + recency[b]!)) / 2;
    return { forward, backward, score, pairScore, sentence };
  }

  /** The best `top` counterparts of member a, best first (ties broken by member order). */
  rank(a: number, top: number): Ranked[] {
    const { club } = this;
    if (!club.active[a]) return [];
    this.touchedCount = 0;
    this.gather(a);
    const rough = this.rough;
    this.candidatesTouched += this.touchedCount;
    for (let k = club.exclusionStart[a]!; k < club.exclusionStart[a + 1]!; k++) {
      const x = club.exclusion[k]!;
      if (rough[x]! > 0) rough[x] = -1;
    }
    // Keep the shortlist in a min-heap: the weakest of the kept candidates sits on top.
    const K = this.heapScore.length;
    let size = 0;
    const hs = this.heapScore;
    const hi = this.heapIndex;
    const worse = (i: number, j: number) => hs[i]! < hs[j]! || (hs[i] === hs[j] && hi[i]! > hi[j]!);
    const swap = (i: number, j: number) => {
      const s = hs[i]!;
      hs[i] = hs[j]!;
      hs[j] = s;
      const t = hi[i]!;
      hi[i] = hi[j]!;
      hi[j] = t;
    };
    const down = (start: number) => {
      let i = start;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < size && worse(l, m)) m = l;
        if (r < size && worse(r, m)) m = r;
        if (m === i) return;
        swap(i, m);
        i = m;
      }
    };
    for (let t = 0; t < this.touchedCount; t++) {
      const b = this.touched[t]!;
      const v = rough[b]!;
      rough[b] = 0;
      if (v <= 0) continue;
      if (size < K) {
        hs[size] = v;
        hi[size] = b;
        let i = size++;
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (!worse(i, p)) break;
          swap(i, p);
          i = p;
        }
      } else if (v > hs[0]! || (v === hs[0] && b < hi[0]!)) {
        hs[0] = v;
        hi[0] = b;
        down(0);
      }
    }
    const ranked: { -readonly [K in keyof Ranked]: Ranked[K] }[] = [];
    for (let k = 0; k < size; k++) {
      const b = hi[k]!;
      const s = this.score(a, b, false);
      if (s.score >= club.tuning.minScore) ranked.push({ index: b, ...s });
    }
    this.candidatesScored += size;
    const byScore = (x: Ranked, y: Ranked) => y.score - x.score || x.index - y.index;
    ranked.sort(byScore);
    // Sentence meanings reorder the best candidates the other layers found: the first `sentenceRerank` (reading two
    // members' meanings is most of a candidate's cost). They make no candidate on their own (any two business texts
    // read somewhat alike), and the reordered head stays ahead of the rest.
    const { sentenceWeight, sentenceRerank } = club.tuning;
    if (sentenceWeight > 0 && club.sentence.offset.length > 0) {
      const head = Math.min(ranked.length, sentenceRerank);
      for (let k = 0; k < head; k++) {
        const r = ranked[k]!;
        const sentence = sentenceWeight * this.sentenceFit(a, r.index);
        r.score += sentence;
        r.pairScore += sentence;
        r.sentence = sentence;
      }
      if (head > 1) {
        const reordered = ranked.slice(0, head).sort(byScore);
        for (let k = 0; k < head; k++) ranked[k] = reordered[k]!;
      }
    }
    return ranked.length > top ? ranked.slice(0, top) : ranked;
  }
}
