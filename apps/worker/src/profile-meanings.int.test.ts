import type { Member, ProfilePatch } from '@snowball/core';
import {
  SENTENCE_DIMENSIONS,
  SENTENCE_ENCODER_VERSION,
  type SentenceEncoder,
  sentenceEncoder,
} from '@snowball/matching';
import { beforeAll, describe, expect, it } from 'vitest';
import { JOB } from './job-list.js';
import { useWorkerHarness } from './testing/worker-harness.js';
import { addTestMember, createTestClub, memberActor, until } from './testing/worker-test-kit.js';

/** Cosine of two stored halves (needs or offers) of meanings. */
function cosine(a: Int8Array, aHalf: 0 | 1, b: Int8Array, bHalf: 0 | 1): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < SENTENCE_DIMENSIONS; d++) {
    const x = a[aHalf * SENTENCE_DIMENSIONS + d] ?? 0;
    const y = b[bHalf * SENTENCE_DIMENSIONS + d] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

describe('sentence meanings stored by the real worker with the real encoder', () => {
  const h = useWorkerHarness('meanings', { startWorker: false });
  let encoder: SentenceEncoder | null = null;

  beforeAll(async () => {
    encoder = await sentenceEncoder();
  });

  async function member(communityId: string, name: string, profile: ProfilePatch): Promise<Member> {
    const added = await addTestMember(h.db.repos, communityId, { name });
    await h.core.updateProfile({ actor: memberActor(added), communityId, patch: profile });
    return added;
  }

  async function meanings(communityId: string) {
    const rows = await h.db.repos.profiles.listMatchCandidates(communityId, null, 100, SENTENCE_ENCODER_VERSION);
    return new Map(rows.map((r) => [r.memberId, r.meaning ?? null]));
  }

  async function missing(communityId: string) {
    const rows = await h.db.repos.profiles.listWithoutMeaning(communityId, SENTENCE_ENCODER_VERSION, {
      after: null,
      limit: 100,
    });
    return rows.map((r) => r.memberId);
  }

  it('encodes every profile on the hourly run, drops a meaning on an edit, and the round job encodes it again', async () => {
    expect(encoder, 'the sentence model package is installed').not.toBeNull();
    const { community } = await createTestClub(h.core, 'meanings');
    const communityId = community.id;
    const li = await member(communityId, 'Li Lei', {
      industry: '跨境电商',
      offers: '亚马逊店铺运营，品牌出海',
      needs: '寻找东南亚物流合作伙伴',
    });
    const sam = await member(communityId, 'Sam Tan', {
      industry: 'logistics',
      offers: 'freight forwarding to Southeast Asia',
      needs: 'Amazon sellers as clients',
    });
    const ada = await member(communityId, 'Ada Angel', {
      industry: 'venture capital',
      offers: 'angel investment for early-stage startups',
      needs: 'a trademark lawyer',
    });
    const mei = await member(communityId, 'Han Meimei', {
      industry: '律师',
      offers: '商标注册, contract review',
      needs: '寻找天使投资',
    });
    const everyone = [li.id, sam.id, ada.id, mei.id].sort();
    expect((await missing(communityId)).filter((id) => everyone.includes(id)).sort()).toEqual(everyone);

    // The worker's hourly tick runs at start: it queues a run for the club, which stores every meaning.
    await h.start({ sentences: encoder });
    await until(async () => (await missing(communityId)).length === 0, 60_000);
    const stored = await meanings(communityId);
    for (const id of everyone) {
      const meaning = stored.get(id);
      expect(meaning).toBeInstanceOf(Int8Array);
      expect(meaning?.length).toBe(2 * SENTENCE_DIMENSIONS);
      expect(meaning?.some((v) => v !== 0)).toBe(true);
    }
    // What the real model stored means something: the forwarder's offers are nearer the seller's needs (Chinese,
    // glossed) than the lawyer's offers are.
    const [liM, samM, meiM] = [stored.get(li.id), stored.get(sam.id), stored.get(mei.id)] as Int8Array[];
    expect(cosine(liM as Int8Array, 0, samM as Int8Array, 1)).toBeGreaterThan(
      cosine(liM as Int8Array, 0, meiM as Int8Array, 1),
    );

    // An edit of the offers drops that member's meaning at once; the others keep theirs.
    await h.core.updateProfile({
      actor: memberActor(sam),
      communityId,
      patch: { offers: 'sea and air freight to Vietnam and Thailand' },
    });
    const afterEdit = await meanings(communityId);
    expect(afterEdit.get(sam.id)).toBeNull();
    expect(afterEdit.get(li.id)).toBeInstanceOf(Int8Array);
    expect(await missing(communityId)).toEqual([sam.id]);

    // The round job stores missing meanings before it matches; the round's read then carries all of them.
    const jobId = 'round-meanings-1';
    await h.queues.queue('tasks').add(JOB.matchingRound, { communityId }, { jobId });
    await until(async () => (await h.queues.queue('tasks').getJob(jobId))?.finishedOn !== undefined, 60_000);
    const job = await h.queues.queue('tasks').getJob(jobId);
    expect(job?.failedReason).toBeUndefined();
    expect(job?.returnvalue).toMatchObject({ status: 'done' });
    expect(await missing(communityId)).toEqual([]);
    const again = await meanings(communityId);
    for (const id of everyone) expect(again.get(id)).toBeInstanceOf(Int8Array);
    expect([...(again.get(sam.id) ?? [])]).not.toEqual([...(samM ?? [])]);
  });
});
