import { SENTENCE_ENCODER_VERSION } from '@snowball/matching';
import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { ENCODE_MEANINGS_JOB } from '../domain/profile-meanings.js';
import { isDomainError } from '../errors/domain-error.js';
import type { Ports } from '../ports/ports.js';
import { matchingClub } from '../testing/matching-club.js';
import { readMatchingInput } from './run-matching-round.js';

/** A deterministic stand-in for the model: the meaning's first bytes say which text it was made from. */
class FakeEncoder implements NonNullable<Ports['sentences']> {
  readonly calls: { needs: string; offers: string }[][] = [];
  constructor(readonly version: string) {}
  async encode(items: readonly { readonly needs: string; readonly offers: string }[]) {
    this.calls.push(items.map((i) => ({ ...i })));
    return items.map((i) => FakeEncoder.meaningOf(i.needs, i.offers));
  }
  static meaningOf(needs: string, offers: string): Int8Array {
    const m = new Int8Array(512);
    m[0] = needs.length % 128;
    m[1] = -(offers.length % 128);
    m[2] = (needs.codePointAt(0) ?? 0) % 128;
    return m;
  }
}

async function encodedClub(version = 'fake-v1') {
  const setup = await matchingClub();
  const encoder = new FakeEncoder(version);
  const core = createCore({ ...setup.ports, sentences: encoder });
  return { ...setup, encoder, core };
}

describe('encodeProfileMeanings', () => {
  it('stores a meaning for every profile, made from the needs and offers the round gives the matcher', async () => {
    const { ports, core, communityId, encoder, club } = await encodedClub();
    const result = await core.encodeProfileMeanings({ communityId });
    const given = encoder.calls.flat();
    expect(result).toEqual({ encoded: given.length, saved: given.length, remaining: false });
    const li = club.members[0];
    expect(given).toContainEqual({ needs: '急需跨境物流合作伙伴', offers: '亚马逊运营团队，品牌出海' });
    expect(given).toContainEqual({
      needs: 'looking for Amazon sellers as clients',
      offers: 'we run Southeast Asia freight forwarding',
    });
    // Nothing left: a second run encodes nothing.
    expect(await core.encodeProfileMeanings({ communityId })).toEqual({ encoded: 0, saved: 0, remaining: false });
    expect(encoder.calls.flat()).toHaveLength(given.length);

    // The round's input carries each stored meaning (only for the encoder version matching runs with: the fake's
    // version is not it, so the round reads them as none).
    const input = await readMatchingInput(ports, communityId, ports.clock.now());
    expect(input.profiles.length).toBeGreaterThan(0);
    for (const p of input.profiles) expect(p.meaning).toBeNull();
    const mine = await ports.profiles.listMatchCandidates(communityId, null, 100, 'fake-v1');
    const lis = mine.find((c) => c.memberId === li?.id);
    expect([...(lis?.meaning ?? []).slice(0, 3)]).toEqual([
      ...FakeEncoder.meaningOf('急需跨境物流合作伙伴', '亚马逊运营团队，品牌出海').slice(0, 3),
    ]);
  });

  it('gives the round each stored meaning of the matching version, and none for a profile edited since', async () => {
    const { ports, core, communityId, club } = await encodedClub(SENTENCE_ENCODER_VERSION);
    await core.encodeProfileMeanings({ communityId });
    const sam = club.members[1];
    const profile = sam ? await ports.profiles.get(communityId, sam.id) : null;
    if (!profile) throw new Error('no profile');
    await ports.profiles.upsert({ ...profile, offers: 'sea freight to Vietnam' });
    const input = await readMatchingInput(ports, communityId, ports.clock.now());
    expect(input.profiles.length).toBeGreaterThan(2);
    for (const p of input.profiles) {
      if (p.id === sam?.id) {
        expect(p.meaning).toBeNull();
        continue;
      }
      const needs = typeof p.needs === 'string' ? p.needs : '';
      const offers = typeof p.offers === 'string' ? p.offers : '';
      expect(p.meaning).toBeInstanceOf(Int8Array);
      expect([...(p.meaning ?? [])]).toEqual([...FakeEncoder.meaningOf(needs, offers)]);
    }
  });

  it('stops at the budget and says profiles remain; the next runs continue where the meanings are missing', async () => {
    const { core, communityId, encoder } = await encodedClub();
    const first = await core.encodeProfileMeanings({ communityId, maxProfiles: 2 });
    expect(first).toEqual({ encoded: 2, saved: 2, remaining: true });
    let total = first.encoded;
    for (let run = 0; run < 10; run++) {
      const next = await core.encodeProfileMeanings({ communityId, maxProfiles: 2 });
      total += next.encoded;
      if (!next.remaining) break;
    }
    const ids = encoder.calls.flat();
    expect(ids.length).toBe(total);
    // Every profile once, none twice.
    expect(new Set(ids.map((i) => `${i.needs}|${i.offers}`)).size).toBe(ids.length);
    expect(await core.encodeProfileMeanings({ communityId })).toMatchObject({ encoded: 0, remaining: false });
  });

  it('encodes an edited profile again, and everything again for a new encoder version', async () => {
    const { ports, core, communityId, encoder, club } = await encodedClub();
    const all = (await core.encodeProfileMeanings({ communityId })).encoded;
    const sam = club.members[1];
    if (!sam) throw new Error('no member');
    const profile = await ports.profiles.get(communityId, sam.id);
    if (!profile) throw new Error('no profile');
    await ports.profiles.upsert({ ...profile, needs: 'Amazon sellers in Vietnam' });
    encoder.calls.length = 0;
    expect(await core.encodeProfileMeanings({ communityId })).toEqual({ encoded: 1, saved: 1, remaining: false });
    expect(encoder.calls.flat()).toEqual([{ needs: 'Amazon sellers in Vietnam', offers: profile.offers }]);

    const v2 = new FakeEncoder('fake-v2');
    const core2 = createCore({ ...ports, sentences: v2 });
    expect(await core2.encodeProfileMeanings({ communityId })).toMatchObject({ encoded: all, saved: all });
  });

  it('does nothing without an encoder, and refuses an unknown club', async () => {
    const { ports, communityId } = await matchingClub();
    const core = createCore(ports);
    expect(await core.encodeProfileMeanings({ communityId })).toEqual({ encoded: 0, saved: 0, remaining: false });
    expect(await core.scheduleProfileMeanings({ communityId })).toEqual({ scheduled: false });
    expect(ports.jobs.jobs.size).toBe(0);
    const error = await core.encodeProfileMeanings({ communityId: 'nope' }).catch((e: unknown) => e);
    expect(isDomainError(error)).toBe(true);
  });

  it('refuses an encoder that returns the wrong number of meanings, saving nothing', async () => {
    const { ports, communityId } = await matchingClub();
    const broken: Ports['sentences'] = { version: 'broken', encode: async () => [] };
    const core = createCore({ ...ports, sentences: broken });
    await expect(core.encodeProfileMeanings({ communityId })).rejects.toThrow('sentence encoder returned 0 meanings');
    expect(await ports.profiles.listWithoutMeaning(communityId, 'broken', { after: null, limit: 100 })).not.toEqual([]);
  });
});

describe('scheduleProfileMeanings', () => {
  it('queues one run per club and hour; a chain continues in its hour and joins the next hour’s tick', async () => {
    const { ports, core, communityId } = await encodedClub();
    ports.clock.set('2026-03-02T02:10:00Z');
    await core.scheduleProfileMeanings({ communityId });
    await core.scheduleProfileMeanings({ communityId });
    expect([...ports.jobs.jobs.values()].map((j) => j.id)).toEqual([
      `${ENCODE_MEANINGS_JOB}:${communityId}:2026-03-02T02:0`,
    ]);
    await core.scheduleProfileMeanings({ communityId, previous: { slot: '2026-03-02T02', step: 0 } });
    ports.clock.set('2026-03-02T03:01:00Z');
    await core.scheduleProfileMeanings({ communityId, previous: { slot: '2026-03-02T02', step: 1 } });
    // The next hour's tick asks for the id the chain already took.
    await core.scheduleProfileMeanings({ communityId });
    const jobs = [...ports.jobs.jobs.values()];
    expect(jobs.map((j) => j.id)).toEqual([
      `${ENCODE_MEANINGS_JOB}:${communityId}:2026-03-02T02:0`,
      `${ENCODE_MEANINGS_JOB}:${communityId}:2026-03-02T02:1`,
      `${ENCODE_MEANINGS_JOB}:${communityId}:2026-03-02T03:0`,
    ]);
    expect(jobs[2]?.data).toEqual({ communityId, slot: '2026-03-02T03', step: 0 });
  });
});
