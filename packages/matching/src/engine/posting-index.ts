import type { CompiledClub } from './compile-club.js';

/**
 * Inverted lists over active members: concept → members offering it, concept → members needing it,
 * (offer, need) → members offering one and needing the other, term → members offering it, term → members
 * needing it.
 * Concept lists are ordered strongest and most recently active first.
 */
export interface PostingIndex {
  readonly offerStart: Int32Array;
  readonly offerMember: Int32Array;
  readonly offerWeight: Float32Array;
  readonly needStart: Int32Array;
  readonly needMember: Int32Array;
  readonly needWeight: Float32Array;
  /** Key `offer * size + need`. */
  readonly pairStart: Int32Array;
  readonly pairMember: Int32Array;
  readonly termStart: Int32Array;
  readonly termMember: Int32Array;
  /** Term → members needing it. */
  readonly needTermStart: Int32Array;
  readonly needTermMember: Int32Array;
}

interface Lists {
  start: Int32Array;
  member: Int32Array;
  weight: Float32Array;
}

// Counting sort into per-key lists: two passes over the entries, no per-list arrays.
function invert(
  club: CompiledClub,
  keys: number,
  start: Int32Array,
  key: Int32Array,
  weight: Float32Array | null,
  ordered: boolean,
): Lists {
  const counts = new Int32Array(keys + 1);
  for (let i = 0; i < club.n; i++) {
    if (!club.active[i]) continue;
    for (let k = start[i]!; k < start[i + 1]!; k++) counts[key[k]! + 1]!++;
  }
  for (let k = 0; k < keys; k++) counts[k + 1]! += counts[k]!;
  const listStart = counts.slice();
  const fill = counts.slice();
  const member = new Int32Array(listStart[keys]!);
  const w = new Float32Array(listStart[keys]!);
  for (let i = 0; i < club.n; i++) {
    if (!club.active[i]) continue;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const at = fill[key[k]!]!++;
      member[at] = i;
      w[at] = weight ? weight[k]! : 1;
    }
  }
  if (ordered) {
    const { recency } = club;
    for (let k = 0; k < keys; k++) {
      const s = listStart[k]!;
      const e = listStart[k + 1]!;
      if (e - s < 2) continue;
      const order = Array.from({ length: e - s }, (_, j) => s + j);
      order.sort((x, y) => w[y]! - w[x]! || recency[member[y]!]! - recency[member[x]!]! || member[x]! - member[y]!);
      const m2 = order.map((j) => member[j]!);
      const w2 = order.map((j) => w[j]!);
      member.set(m2, s);
      w.set(w2, s);
    }
  }
  return { start: listStart, member, weight: w };
}

/** Builds every posting list in time linear in the number of (member, concept) entries. */
export function buildPostingIndex(club: CompiledClub): PostingIndex {
  const size = club.vocabulary.size;
  const offers = invert(club, size, club.offerStart, club.offerConcept, club.offerWeight, true);
  const needs = invert(club, size, club.needStart, club.needConcept, club.needWeight, true);
  const terms = invert(club, club.terms.length, club.offerTermStart, club.offerTerm, null, false);
  const needTerms = invert(club, club.terms.length, club.needTermStart, club.needTerm, null, false);

  // (offer, need) pairs of each member: mutual partners are found by one lookup each.
  const pairCounts = new Int32Array(size * size + 1);
  const { offerStart, offerConcept, needStart, needConcept } = club;
  for (let i = 0; i < club.n; i++) {
    if (!club.active[i]) continue;
    for (let a = offerStart[i]!; a < offerStart[i + 1]!; a++) {
      const row = offerConcept[a]! * size;
      for (let b = needStart[i]!; b < needStart[i + 1]!; b++) pairCounts[row + needConcept[b]! + 1]!++;
    }
  }
  for (let k = 0; k < size * size; k++) pairCounts[k + 1]! += pairCounts[k]!;
  const pairStart = pairCounts.slice();
  const fill = pairCounts;
  const pairMember = new Int32Array(pairStart[size * size]!);
  for (let i = 0; i < club.n; i++) {
    if (!club.active[i]) continue;
    for (let a = offerStart[i]!; a < offerStart[i + 1]!; a++) {
      const row = offerConcept[a]! * size;
      for (let b = needStart[i]!; b < needStart[i + 1]!; b++) pairMember[fill[row + needConcept[b]!]!++] = i;
    }
  }
  return {
    offerStart: offers.start,
    offerMember: offers.member,
    offerWeight: offers.weight,
    needStart: needs.start,
    needMember: needs.member,
    needWeight: needs.weight,
    pairStart,
    pairMember,
    termStart: terms.start,
    termMember: terms.member,
    needTermStart: needTerms.start,
    needTermMember: needTerms.member,
  };
}
