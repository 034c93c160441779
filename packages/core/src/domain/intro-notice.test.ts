import { describe, expect, it } from 'vitest';
import { introDeliveryKey, introNotifyJob, introStageToAnnounce } from './intro-notice.js';

const DAY = 86_400_000;
const NOW = new Date('2026-03-02T02:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe('introduction announcements', () => {
  it('announces a proposal while members can answer it (14 days) and a connection for two days', () => {
    const proposed = (createdAt: Date) => ({ status: 'proposed' as const, createdAt, introducedAt: null });
    expect(introStageToAnnounce(proposed(ago(13 * DAY)), NOW)).toBe('proposed');
    expect(introStageToAnnounce(proposed(ago(14 * DAY)), NOW)).toBeNull();
    const introduced = (introducedAt: Date | null) => ({
      status: 'introduced' as const,
      createdAt: ago(9 * DAY),
      introducedAt,
    });
    expect(introStageToAnnounce(introduced(ago(2 * DAY - 1)), NOW)).toBe('introduced');
    expect(introStageToAnnounce(introduced(ago(2 * DAY)), NOW)).toBeNull();
    expect(introStageToAnnounce(introduced(null), NOW)).toBeNull();
    expect(introStageToAnnounce({ status: 'declined', createdAt: NOW, introducedAt: null }, NOW)).toBeNull();
  });

  it('names each member’s message and each stage’s job so that repeating them is harmless', () => {
    expect(introDeliveryKey('proposed', 'i1', 'm1')).toBe('intro:i1:m1');
    expect(introDeliveryKey('introduced', 'i1', 'm1')).toBe('intro-introduced:i1:m1');
    expect(introNotifyJob('c1', 'i1', 'introduced', NOW)).toEqual({
      name: 'intro.notify',
      id: 'intro-notify:i1:introduced',
      data: { communityId: 'c1', introductionId: 'i1' },
      runAt: NOW,
    });
  });
});
