import { toUnits } from '../text/units.js';
import { BLOCKED_CONCEPTS } from './blocked.concepts.js';
import { COMMERCE_CONCEPTS } from './commerce.concepts.js';
import { CONCEPT_GROUPS, type ConceptDefinition, type ConceptGroup } from './concept.js';
import { GROWTH_CONCEPTS } from './growth.concepts.js';
import { COMPLEMENTARY_GROUPS } from './industry-complements.js';
import { LOGISTICS_TRADE_CONCEPTS } from './logistics-trade.concepts.js';
import { MAKING_CONCEPTS } from './making.concepts.js';
import { MARKET_CONCEPTS } from './markets.concepts.js';
import { REGIONS, type RegionDefinition } from './regions.js';
import { SECTOR_CONCEPTS } from './sectors.concepts.js';
import { SERVICES_CONCEPTS } from './services.concepts.js';
import { TECH_CONCEPTS } from './tech.concepts.js';
import { addToTrie, createTrie, type TrieNode } from './trie.js';

/** Every concept shipped with the code. */
export const CONCEPTS: readonly ConceptDefinition[] = [
  ...LOGISTICS_TRADE_CONCEPTS,
  ...MAKING_CONCEPTS,
  ...COMMERCE_CONCEPTS,
  ...GROWTH_CONCEPTS,
  ...SERVICES_CONCEPTS,
  ...TECH_CONCEPTS,
  ...MARKET_CONCEPTS,
  ...SECTOR_CONCEPTS,
  ...BLOCKED_CONCEPTS,
];

/** How strongly an offer meets a need, by how the two concepts relate. */
export const RELATION = {
  same: 1,
  servedBy: 0.85,
  /** The offer is a specific kind of what is needed (need logistics, offer cold chain). */
  narrowerOffer: 0.8,
  /** Each further level down the tree. */
  perLevel: 0.9,
  /** The offer is the general kind of a specific need (need cold chain, offer logistics). */
  broaderOffer: 0.6,
} as const;

/** Offers that serve a need (or needs an offer serves), strongest first. */
export interface Expansion {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

/** The vocabulary compiled for matching: tries, a concept × concept relation matrix, regions and groups. */
export interface Vocabulary {
  readonly concepts: readonly ConceptDefinition[];
  readonly size: number;
  readonly indexOf: ReadonlyMap<string, number>;
  readonly trie: TrieNode;
  /** rel[need * size + offer] in [0, 1]. */
  readonly relation: Float32Array;
  /** For each need concept, the offer concepts that serve it. */
  readonly servedBy: readonly Expansion[];
  /** For each offer concept, the need concepts it serves. */
  readonly serves: readonly Expansion[];
  readonly weight: Float32Array;
  readonly blocked: Uint8Array;
  /** 1 for places and sectors that mostly qualify a service in the same phrase. */
  readonly qualifier: Uint8Array;
  readonly group: Int32Array;
  readonly groupCount: number;
  /** complementary[g1 * groupCount + g2] = 1 when the two industries do business together. */
  readonly complementary: Uint8Array;
  readonly regions: readonly RegionDefinition[];
  readonly regionTrie: TrieNode;
  /** Each region with its ancestors, nearest first. */
  readonly regionChain: readonly (readonly number[])[];
}

/** A problem found while compiling a vocabulary (a unit test keeps the shipped one clean). */
export interface VocabularyIssue {
  readonly concept: string;
  readonly problem: string;
}

function ancestors(id: string, byId: ReadonlyMap<string, ConceptDefinition>): string[] {
  const chain: string[] = [];
  let current = byId.get(id)?.broader;
  while (current && !chain.includes(current) && chain.length < 10) {
    chain.push(current);
    current = byId.get(current)?.broader;
  }
  return chain;
}

/** Checks references, duplicates and keys that would be too ambiguous to match. */
export function validateVocabulary(
  concepts: readonly ConceptDefinition[] = CONCEPTS,
  regions: readonly RegionDefinition[] = REGIONS,
): VocabularyIssue[] {
  const issues: VocabularyIssue[] = [];
  const byId = new Map<string, ConceptDefinition>();
  for (const c of concepts) {
    if (byId.has(c.id)) issues.push({ concept: c.id, problem: 'duplicate id' });
    byId.set(c.id, c);
  }
  const keyOwner = new Map<string, string>();
  for (const c of concepts) {
    if (c.zh.length === 0 || c.en.length === 0) issues.push({ concept: c.id, problem: 'needs zh and en wordings' });
    if (c.broader && !byId.has(c.broader)) issues.push({ concept: c.id, problem: `unknown broader ${c.broader}` });
    if (c.broader && ancestors(c.id, byId).includes(c.id)) issues.push({ concept: c.id, problem: 'broader cycle' });
    for (const s of c.servedBy ?? []) {
      if (!byId.has(s)) issues.push({ concept: c.id, problem: `unknown servedBy ${s}` });
    }
    for (const wording of [...c.zh, ...c.en]) {
      const units = toUnits(wording);
      const key = units.join(' ');
      if (units.length === 0) issues.push({ concept: c.id, problem: `empty wording "${wording}"` });
      else if (units.length === 1 && /^\p{Script=Han}$/u.test(units[0]!)) {
        issues.push({ concept: c.id, problem: `single character "${wording}" is too ambiguous` });
      }
      const owner = keyOwner.get(key);
      if (owner && owner !== c.id) issues.push({ concept: c.id, problem: `"${wording}" also means ${owner}` });
      keyOwner.set(key, c.id);
    }
  }
  const regionIds = new Set(regions.map((r) => r.id));
  for (const r of regions) {
    if (r.parent && !regionIds.has(r.parent)) issues.push({ concept: r.id, problem: `unknown parent ${r.parent}` });
  }
  return issues;
}

function expansionOf(pairs: Map<number, number>): Expansion {
  const sorted = [...pairs].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return {
    ids: Int32Array.from(sorted, ([id]) => id),
    weights: Float32Array.from(sorted, ([, w]) => w),
  };
}

/** Compiles concepts, regions and complementary industries into the structures the matcher uses. */
export function compileVocabulary(
  concepts: readonly ConceptDefinition[] = CONCEPTS,
  regions: readonly RegionDefinition[] = REGIONS,
  complements: readonly (readonly [ConceptGroup, ConceptGroup])[] = COMPLEMENTARY_GROUPS,
): Vocabulary {
  const size = concepts.length;
  const indexOf = new Map(concepts.map((c, i) => [c.id, i]));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const trie = createTrie();
  const weight = new Float32Array(size);
  const blocked = new Uint8Array(size);
  const qualifier = new Uint8Array(size);
  const group = new Int32Array(size);
  for (const [i, c] of concepts.entries()) {
    weight[i] = c.weight ?? 1;
    blocked[i] = c.blocked ? 1 : 0;
    qualifier[i] = c.qualifier ? 1 : 0;
    group[i] = CONCEPT_GROUPS.indexOf(c.group);
    for (const wording of [...c.zh, ...c.en]) {
      const units = toUnits(wording);
      if (units.length === 0 || (units.length === 1 && /^\p{Script=Han}$/u.test(units[0]!))) continue;
      addToTrie(trie, units, i);
    }
  }

  // Children of each concept with their depth below it, to let a general need meet specific offers.
  const descendants = new Map<number, Map<number, number>>();
  for (const [i, c] of concepts.entries()) {
    for (const [depth, ancestor] of ancestors(c.id, byId).entries()) {
      const a = indexOf.get(ancestor);
      if (a === undefined) continue;
      const map = descendants.get(a) ?? new Map<number, number>();
      map.set(i, depth + 1);
      descendants.set(a, map);
    }
  }
  const relation = new Float32Array(size * size);
  const raise = (need: number, offer: number, value: number) => {
    const k = need * size + offer;
    if (value > relation[k]!) relation[k] = value;
  };
  for (const [n, c] of concepts.entries()) {
    if (c.blocked) continue;
    raise(n, n, RELATION.same);
    for (const [d, depth] of descendants.get(n) ?? []) {
      raise(n, d, RELATION.narrowerOffer * RELATION.perLevel ** (depth - 1));
    }
    for (const ancestor of ancestors(c.id, byId).slice(0, 1)) {
      const a = indexOf.get(ancestor);
      if (a !== undefined) raise(n, a, RELATION.broaderOffer);
    }
    for (const served of c.servedBy ?? []) {
      const s = indexOf.get(served);
      if (s === undefined) continue;
      raise(n, s, RELATION.servedBy);
      for (const [d, depth] of descendants.get(s) ?? []) {
        raise(n, d, RELATION.servedBy * RELATION.perLevel ** depth);
      }
    }
  }
  for (let i = 0; i < size; i++) {
    if (!blocked[i]) continue;
    for (let j = 0; j < size; j++) {
      relation[i * size + j] = 0;
      relation[j * size + i] = 0;
    }
  }
  const servedBy: Expansion[] = [];
  const serves: Expansion[] = [];
  for (let n = 0; n < size; n++) {
    const forward = new Map<number, number>();
    const backward = new Map<number, number>();
    for (let o = 0; o < size; o++) {
      const r = relation[n * size + o]!;
      if (r > 0) forward.set(o, r);
      const back = relation[o * size + n]!;
      if (back > 0) backward.set(o, back);
    }
    servedBy.push(expansionOf(forward));
    serves.push(expansionOf(backward));
  }

  const groupCount = CONCEPT_GROUPS.length;
  const complementary = new Uint8Array(groupCount * groupCount);
  for (const [x, y] of complements) {
    const gx = CONCEPT_GROUPS.indexOf(x);
    const gy = CONCEPT_GROUPS.indexOf(y);
    complementary[gx * groupCount + gy] = 1;
    complementary[gy * groupCount + gx] = 1;
  }

  const regionTrie = createTrie();
  const regionIndex = new Map(regions.map((r, i) => [r.id, i]));
  for (const [i, r] of regions.entries()) {
    for (const wording of [...r.zh, ...r.en]) {
      const units = toUnits(wording);
      if (units.length > 0) addToTrie(regionTrie, units, i);
    }
  }
  const regionChain = regions.map((r, i) => {
    const chain = [i];
    let parent = r.parent;
    while (parent !== undefined && chain.length < 6) {
      const p = regionIndex.get(parent);
      if (p === undefined) break;
      chain.push(p);
      parent = regions[p]?.parent;
    }
    return chain;
  });

  return {
    concepts,
    size,
    indexOf,
    trie,
    relation,
    servedBy,
    serves,
    weight,
    blocked,
    qualifier,
    group,
    groupCount,
    complementary,
    regions,
    regionTrie,
    regionChain,
  };
}

let shipped: Vocabulary | undefined;

/** The shipped vocabulary, compiled once on first use. */
export function defaultVocabulary(): Vocabulary {
  shipped ??= compileVocabulary();
  return shipped;
}

/** The label of a concept in a locale (its first wording), or the id when unknown. */
export function conceptLabel(id: string, locale: 'zh-CN' | 'en', vocabulary = defaultVocabulary()): string {
  const i = vocabulary.indexOf.get(id);
  const c = i === undefined ? undefined : vocabulary.concepts[i];
  if (!c) return id;
  return (locale === 'zh-CN' ? c.zh[0] : c.en[0]) ?? id;
}
