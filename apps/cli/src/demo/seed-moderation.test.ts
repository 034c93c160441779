import { createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { seedDemo } from './seed-demo.js';

describe('seedModeration (through seedDemo)', () => {
  it('gives the demo club a Cases queue with evidence, history, an appeal, an escalation and purged evidence', async () => {
    const ports = createTestPorts();
    ports.clock.set('2026-05-04T02:00:00Z');
    const { community, ownerId } = await seedDemo(ports);
    const core = createCore(ports);
    const owner = { kind: 'member' as const, communityId: community.id, memberId: ownerId, roles: ['owner' as const] };
    const waiting = await core.listModerationCases({ actor: owner, communityId: community.id, status: 'waiting' });
    expect(waiting.items.map((c) => c.status).sort()).toEqual(['appealed', 'escalated', 'open', 'open']);
    expect(waiting.items.every((c) => c.excerpt.length > 0 && c.memberId)).toBe(true);
    const all = await core.listModerationCases({ actor: owner, communityId: community.id });
    expect(all.total).toBe(7);
    const strike = all.items.find((c) => c.status === 'upheld' && c.excerpt);
    const detail = await core.getModerationCase({ actor: owner, communityId: community.id, caseId: strike?.id ?? '' });
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]?.evidencePurgedAt).toBeTruthy();
    expect(detail.activeStrikes).toBe(1);
    // The bot's strike keeps the messages just before it in the channel, oldest first.
    expect(detail.case.context?.map((m) => m.text)).toEqual([
      '欢迎新朋友！可以先在这里做个自我介绍',
      '大家好，我做跨境电商物流，坐标广州',
    ]);
    expect(detail.case.context?.every((m) => m.at.getTime() < detail.case.createdAt.getTime())).toBe(true);
    // A second run changes nothing.
    await seedDemo(ports);
    expect((await core.listModerationCases({ actor: owner, communityId: community.id })).total).toBe(7);
  });
});
