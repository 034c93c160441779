import { describe, expect, it } from 'vitest';
import { SENTENCE_DIMENSIONS, SENTENCE_SCALE } from '../sentence/sentence-dimensions.js';
import type { MatchProfile } from './match-profile.js';
import { runMatchRound } from './run-match-round.js';
import { suggestMatches } from './suggest-matches.js';

/** A stored meaning whose needs half points along axis `need` and offers half along axis `offer`. */
const meaning = (need: number, offer: number): Int8Array => {
  const m = new Int8Array(2 * SENTENCE_DIMENSIONS);
  m[need] = SENTENCE_SCALE;
  m[SENTENCE_DIMENSIONS + offer] = SENTENCE_SCALE;
  return m;
};

// Two counterparts write the very same words; only their stored sentence meanings tell them apart. Without
// meanings they tie and the tie goes to the first by id ("b-far").
const me: MatchProfile = {
  id: 'a-me',
  language: 'en',
  needs: 'packaging for our tea',
  offers: 'export logistics',
  meaning: meaning(0, 1),
};
const far = (m: Int8Array | null): MatchProfile => ({
  id: 'b-far',
  language: 'en',
  needs: 'export logistics',
  offers: 'packaging for our tea',
  meaning: m,
});
const near = (m: Int8Array | null): MatchProfile => ({
  id: 'c-near',
  language: 'en',
  needs: 'export logistics',
  offers: 'packaging for our tea',
  meaning: m,
});
const firstFor = (profiles: MatchProfile[], options = {}) =>
  suggestMatches(profiles, { top: 2, ...options })
    .find((m) => m.id === 'a-me')
    ?.suggestions.map((s) => s.id);

describe('stored sentence meanings in the score', () => {
  it('ranks first the counterpart whose meanings fit both ways', () => {
    // c-near needs what a-me offers (axis 1) and offers what a-me needs (axis 0); b-far points elsewhere.
    const profiles = [me, far(meaning(2, 3)), near(meaning(1, 0))];
    expect(firstFor(profiles)).toEqual(['c-near', 'b-far']);
    const [mine] = suggestMatches(profiles, { top: 2 }).filter((m) => m.id === 'a-me');
    expect(mine!.suggestions[0]!.score).toBeGreaterThan(mine!.suggestions[1]!.score);
  });

  it('counts for nothing with the weight at zero, so the tie goes back to id order', () => {
    const profiles = [me, far(meaning(2, 3)), near(meaning(1, 0))];
    expect(firstFor(profiles, { tuning: { sentenceWeight: 0 } })).toEqual(['b-far', 'c-near']);
  });

  it('a fit one way only counts half of a fit both ways', () => {
    // c-near's offers fit a-me's needs, but its needs do not fit a-me's offers; b-far fits both ways.
    const profiles = [me, far(meaning(1, 0)), near(meaning(3, 0))];
    expect(firstFor(profiles)).toEqual(['b-far', 'c-near']);
  });

  it('a member without a meaning (or with one of the wrong size) is matched on words alone', () => {
    const profiles = [me, far(null), near(new Int8Array(7).fill(50))];
    expect(firstFor(profiles)).toEqual(['b-far', 'c-near']);
    const [mine] = suggestMatches(profiles, { top: 2 }).filter((m) => m.id === 'a-me');
    expect(mine!.suggestions[0]!.score).toBe(mine!.suggestions[1]!.score);
  });

  it('a round takes the pair whose meanings fit', () => {
    const round = runMatchRound([me, far(meaning(2, 3)), near(meaning(1, 0))], { maxIntrosPerMember: 1 });
    expect(round.pairs.map((p) => [p.a, p.b])).toEqual([['a-me', 'c-near']]);
  });
});
