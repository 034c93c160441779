import { checkChatMessage, createCore, DEFAULT_MODERATION_SETTINGS, DEFAULT_SETTINGS } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { createTextClassifier } from './text-classifier.js';

describe('createTextClassifier', () => {
  it("judges with each club's rules, recompiling when they change and keeping a bounded cache", () => {
    const classifier = createTextClassifier({ maxClubs: 2 });
    const club = { settings: DEFAULT_MODERATION_SETTINGS, excludedKeywords: DEFAULT_SETTINGS.excludedKeywords };
    const link = { text: 'https://lihua-tech.cn' };
    expect(classifier.classify(club, link).action).toBe('review');
    const allowing = { ...club, settings: { ...club.settings, allowedDomains: ['lihua-tech.cn'] } };
    expect(classifier.classify(allowing, link).action).toBe('allow');
    expect(classifier.classify({ ...club, excludedKeywords: ['红酒'] }, { text: '红酒稳赚' }).action).toBe('delete');
    expect(classifier.cachedClubs()).toBe(2);
  });

  it('serves the core use case end to end on a chat message', async () => {
    const ports = createTestPorts();
    const { community } = await createCore(ports).createCommunity({
      slug: 'founders',
      name: 'Founders Club',
      owner: { displayName: 'Olivia Owner', email: 'owner@example.com' },
    });
    await ports.communities.attachWorkspace(community.id, 'discord', 'guild-1');
    const result = await checkChatMessage(
      { ...ports, classifier: createTextClassifier() },
      {
        platform: 'discord',
        workspaceId: 'guild-1',
        channelId: 'general',
        authorId: 'someone',
        content: '加我薇信：ｌｉｈｕａ８８６',
        at: new Date('2026-12-20T09:00:00Z'),
      },
    );
    // Someone without a linked membership is held to the newcomer limits as well.
    expect(result).toMatchObject({
      status: 'checked',
      memberId: null,
      newcomer: true,
      verdict: { action: 'delete', rules: ['ad.contact', 'sandbox'] },
    });
  });
});
