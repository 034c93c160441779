import type { MatchReason, ReasonLink } from '../reason/match-reason.js';
import type { CompiledClub } from './compile-club.js';

const MAX_LINKS = 3;
// Active within about a week, given the recency decay of the tuning.
const RECENT_DAYS = 7;

interface Scored extends ReasonLink {
  readonly value: number;
}

// For each of x's needs, the offer of y that meets it best; then shared words grouped by phrase pair.
function links(club: CompiledClub, x: number, y: number): ReasonLink[] {
  const { vocabulary, phrases } = club;
  const size = vocabulary.size;
  const found: Scored[] = [];
  for (let k = club.needStart[x]!; k < club.needStart[x + 1]!; k++) {
    const n = club.needConcept[k]!;
    let best = 0;
    let at = -1;
    for (let m = club.offerStart[y]!; m < club.offerStart[y + 1]!; m++) {
      const v = vocabulary.relation[n * size + club.offerConcept[m]!]! * club.offerWeight[m]!;
      if (v > best) {
        best = v;
        at = m;
      }
    }
    if (at < 0) continue;
    found.push({
      need: phrases[club.needPhrase[k]!]!,
      offer: phrases[club.offerPhrase[at]!]!,
      needConcept: vocabulary.concepts[n]!.id,
      offerConcept: vocabulary.concepts[club.offerConcept[at]!]!.id,
      value: club.needWeight[k]! * best,
    });
  }
  const lexical = new Map<string, { need: number; offer: number; value: number }>();
  let i = club.needTermStart[x]!;
  let j = club.offerTermStart[y]!;
  while (i < club.needTermStart[x + 1]! && j < club.offerTermStart[y + 1]!) {
    const p = club.needTerm[i]!;
    const q = club.offerTerm[j]!;
    if (p === q) {
      const need = club.needTermPhrase[i]!;
      const offer = club.offerTermPhrase[j]!;
      const key = `${need}:${offer}`;
      const entry = lexical.get(key) ?? { need, offer, value: 0 };
      entry.value += club.termWeight[p]! * club.needTermFactor[i]!;
      lexical.set(key, entry);
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  for (const { need, offer, value } of lexical.values()) {
    found.push({ need: phrases[need]!, offer: phrases[offer]!, needConcept: null, offerConcept: null, value });
  }
  // Found through what the texts mean as a whole (word vectors) and no shared word: quote what each wrote.
  if (found.length === 0 && club.dimensions > 0) {
    const need =
      club.needTermStart[x]! < club.needTermStart[x + 1]! ? club.needTermPhrase[club.needTermStart[x]!] : undefined;
    const offer =
      club.offerTermStart[y]! < club.offerTermStart[y + 1]! ? club.offerTermPhrase[club.offerTermStart[y]!] : undefined;
    if (need !== undefined && offer !== undefined) {
      found.push({ need: phrases[need]!, offer: phrases[offer]!, needConcept: null, offerConcept: null, value: 0 });
    }
  }
  found.sort((a, b) => b.value - a.value || (a.need < b.need ? -1 : a.need > b.need ? 1 : 0));
  const result: ReasonLink[] = [];
  const seen = new Set<string>();
  for (const { value: _value, ...link } of found) {
    if (seen.has(link.need)) continue;
    seen.add(link.need);
    result.push(link);
    if (result.length === MAX_LINKS) break;
  }
  return result;
}

function sharedRegion(club: CompiledClub, a: number, b: number): MatchReason['sameRegion'] {
  const { vocabulary } = club;
  const known = vocabulary.regions.length;
  for (let x = 0; x < 2; x++) {
    const ra = club.region[a * 2 + x]!;
    if (ra < 0) break;
    for (let y = 0; y < 2; y++) {
      const rb = club.region[b * 2 + y]!;
      if (rb < 0) break;
      if (ra === rb) {
        return ra < known
          ? { id: vocabulary.regions[ra]!.id, text: vocabulary.regions[ra]!.en[0]! }
          : { id: null, text: club.unknownRegions[ra - known]! };
      }
      if (ra >= known || rb >= known) continue;
      const cb = vocabulary.regionChain[rb]!;
      const common = vocabulary.regionChain[ra]!.find((r) => cb.includes(r));
      if (common !== undefined) return { id: vocabulary.regions[common]!.id, text: vocabulary.regions[common]!.en[0]! };
    }
  }
  return null;
}

function complementaryIndustries(club: CompiledClub, a: number, b: number): MatchReason['industries'] {
  const { vocabulary } = club;
  for (let x = 0; x < 2; x++) {
    const ia = club.industry[a * 2 + x]!;
    if (ia < 0) break;
    for (let y = 0; y < 2; y++) {
      const ib = club.industry[b * 2 + y]!;
      if (ib < 0) break;
      if (vocabulary.complementary[vocabulary.group[ia]! * vocabulary.groupCount + vocabulary.group[ib]!]) {
        return { yours: vocabulary.concepts[ia]!.id, theirs: vocabulary.concepts[ib]!.id };
      }
    }
  }
  return null;
}

/** Why b suits a, from a's point of view, as structured data. */
export function explain(club: CompiledClub, a: number, b: number): MatchReason {
  return {
    v: 1,
    theyOffer: links(club, a, b),
    youOffer: links(club, b, a),
    sameRegion: sharedRegion(club, a, b),
    industries: complementaryIndustries(club, a, b),
    recentlyActive: club.recency[b]! >= Math.exp(-RECENT_DAYS / club.tuning.recencyDays),
  };
}
