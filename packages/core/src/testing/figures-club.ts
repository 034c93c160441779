import { createCore } from '../create-core.js';
import { type Introduction, orderedPair } from '../domain/introduction.js';
import { createTestPorts } from './create-test-ports.js';
import { createNetworkClub } from './network-club.js';

/** Deals, the dashboard's network figures and endorsements: a small club with hand-made introductions. */
export async function figuresClub() {
  const ports = createTestPorts();
  ports.clock.set('2026-01-02T00:00:00Z');
  const core = createCore(ports);
  const club = await createNetworkClub(ports, [
    { name: '李雷', locale: 'zh-CN' },
    { name: 'Sam Tan', locale: 'en' },
    { name: '韩梅梅', locale: 'zh-CN' },
    { name: 'Ada Angel', locale: 'en' },
    { name: 'Mia Mod', roles: ['moderator'] },
    { name: 'Lapsed', membership: 'lapsed' },
  ]);
  const communityId = club.community.id;
  const intro = async (a: number, b: number, over: Partial<Introduction> = {}) => {
    const [memberA, memberB] = orderedPair(club.members[a]?.id ?? '', club.members[b]?.id ?? '');
    const created: Introduction = {
      id: ports.ids.id(),
      communityId,
      memberA,
      memberB,
      answerA: 'pending',
      answerB: 'pending',
      status: 'proposed',
      score: 0.5,
      reason: 'offers ↔ needs',
      roundId: null,
      introducedAt: null,
      followUpAt: null,
      followUpOutcome: null,
      createdAt: ports.clock.now(),
      ...over,
    };
    await ports.introductions.create(created);
    return created;
  };
  const member = (i: number) => club.members[i] as (typeof club.members)[number];
  return { ports, core, club, communityId, intro, member };
}
