import type { Introduction } from '../domain/introduction.js';
import type { TestPorts } from './create-test-ports.js';

/** Stores an introduction between two members, made now: `proposed` (nobody answered) or `introduced`. */
export async function storeIntroduction(
  ports: TestPorts,
  pair: { readonly communityId: string; readonly memberA: string; readonly memberB: string },
  status: 'proposed' | 'introduced',
): Promise<Introduction> {
  const now = ports.clock.now();
  const intro: Introduction = {
    id: ports.ids.id(),
    communityId: pair.communityId,
    memberA: pair.memberA,
    memberB: pair.memberB,
    answerA: status === 'introduced' ? 'accepted' : 'pending',
    answerB: status === 'introduced' ? 'accepted' : 'pending',
    status,
    score: 1,
    reason: 'freight ↔ e-commerce',
    roundId: null,
    introducedAt: status === 'introduced' ? now : null,
    followUpAt: null,
    followUpOutcome: null,
    createdAt: now,
  };
  await ports.introductions.create(intro);
  return intro;
}
