import { createCore, DEFAULT_MODERATION_SETTINGS } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../job-context.js';
import { purgeModerationEvidenceJob } from './purge-moderation-evidence.job.js';

const DAY = 86_400_000;

describe('moderation.purge-evidence job', () => {
  it('erases excerpts of decided cases past each club’s retention, once, keeping waiting cases and the cases', async () => {
    const ports = createTestPorts();
    const core = createCore(ports);
    const make = async (slug: string, evidenceDays: number) => {
      const { community } = await core.createCommunity({
        slug,
        name: slug,
        owner: { displayName: 'O' },
        settings: { moderation: { ...DEFAULT_MODERATION_SETTINGS, evidenceDays } },
      });
      return community.id;
    };
    const short = await make('short', 30);
    const long = await make('long', 365);
    const kase = (communityId: string, status: 'upheld' | 'dismissed' | 'open', n: number) => ({
      id: ports.ids.id(),
      communityId,
      memberId: null,
      reporterId: null,
      kind: 'advertising' as const,
      status,
      platform: 'discord',
      channelId: 'c',
      messageId: `m-${n}`,
      excerpt: `加我微信 ${n}`,
      reason: 'ad.contact: 微信',
      decidedBy: null,
      decidedAt: status === 'open' ? null : ports.clock.now(),
      appeal: null,
      createdAt: ports.clock.now(),
    });
    const cases = [
      ...Array.from({ length: 1203 }, (_, n) => kase(short, n % 2 ? 'upheld' : 'dismissed', n)),
      kase(short, 'open', 9999),
      kase(long, 'upheld', 1),
    ];
    for (const c of cases) await ports.moderation.create(c);
    ports.clock.advance(31 * DAY);

    const ctx = { core, communities: ports.communities, logger: silentLogger };
    const first = await purgeModerationEvidenceJob.run(ctx, {});
    expect(first).toMatchObject({ clubs: 2, results: { short: 1203, long: 0 } });
    expect(await purgeModerationEvidenceJob.run(ctx, {})).toMatchObject({ results: { short: 0, long: 0 } });
    const kept = await ports.moderation.list(short, null);
    expect(kept).toHaveLength(1204);
    expect(kept.filter((c) => c.excerpt !== '').map((c) => c.status)).toEqual(['open']);
    expect((await ports.moderation.list(long, null))[0]?.excerpt).toBe('加我微信 1');
  });
});
