import { describe, expect, expectTypeOf, it } from 'vitest';
import { pageRequest } from '../ports/page.js';
import type { Repositories, UnitOfWork } from '../ports/ports.js';
import type { announceMissingIntros } from '../use-cases/announce-missing-intros.js';
import { answerQuestion } from '../use-cases/answer-question.js';
import { askQuestion } from '../use-cases/ask-question.js';
import type { getLeaderboard } from '../use-cases/get-leaderboard.js';
import { createClubFixture } from './club-fixture.js';
import { createMemoryRepositories } from './memory-repositories.js';

/** The repositories a unit of work hands its work. */
type ReposOf<U extends UnitOfWork<never>> = Parameters<Parameters<U['run']>[0]>[0];

/**
 * A unit of work that hands the work only the named repositories, so a use case that reached for another one
 * would fail here at run time, not just in the compiler.
 */
function onlyThese<K extends keyof Repositories>(uow: UnitOfWork, keys: readonly K[]): UnitOfWork<K> {
  return {
    run: (work) =>
      uow.run((repos) => work(Object.fromEntries(keys.map((key) => [key, repos[key]])) as Pick<Repositories, K>)),
  };
}

describe('a narrowed unit of work', () => {
  it('runs use cases that are handed only the repositories they declare', async () => {
    const club = await createClubFixture();
    const { ports, communityId } = club;
    const asker = await club.addMember({ name: 'Ann' });
    const coach = await club.makeCoach(await club.addMember({ name: 'Chen' }));
    const asked = await askQuestion(
      { uow: onlyThese(ports.uow, ['communities', 'memberships', 'questions']), clock: ports.clock, ids: ports.ids },
      { actor: asker, body: 'How do I price a first container?' },
    );
    const answered = await answerQuestion(
      { uow: onlyThese(ports.uow, ['audit', 'contributions', 'questions']), clock: ports.clock, ids: ports.ids },
      { actor: coach, communityId, questionId: asked.id, answer: 'Start from the landed cost.' },
    );
    expect(answered).toMatchObject({ status: 'answered', answeredBy: coach.memberId });
    expect(await ports.questions.get(communityId, asked.id)).toMatchObject({
      status: 'answered',
      answer: 'Start from the landed cost.',
    });
    const audit = await ports.audit.list(communityId, { targetId: asked.id }, pageRequest(10));
    expect(audit.items.map((entry) => entry.action)).toEqual(['question.answer']);
  });

  it('still rolls back everything when the work fails', async () => {
    const repos = createMemoryRepositories();
    const narrow: UnitOfWork<'audit'> = repos.uow;
    const failed = narrow.run(async (tx) => {
      await tx.audit.add({
        id: 'a1',
        communityId: 'c1',
        actorId: null,
        actorLabel: 'system',
        action: 'test.write',
        targetType: 'test',
        targetId: 't1',
        before: null,
        after: null,
        at: new Date('2026-01-01T00:00:00Z'),
      });
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    expect((await repos.audit.list('c1', {}, pageRequest(10))).total).toBe(0);
  });

  it('keeps a use case to the repositories its signature names (checked by the compiler)', () => {
    type AskRepos = ReposOf<Parameters<typeof askQuestion>[0]['uow']>;
    expectTypeOf<keyof AskRepos>().toEqualTypeOf<'communities' | 'memberships' | 'questions'>();
    expectTypeOf<AskRepos>().not.toHaveProperty('payments');
    type LeaderboardRepos = ReposOf<Parameters<typeof getLeaderboard>[0]['uow']>;
    expectTypeOf<keyof LeaderboardRepos>().toEqualTypeOf<
      'communities' | 'contributions' | 'figures' | 'members' | 'memberships' | 'profiles' | 'staff'
    >();
    type AnnounceRepos = ReposOf<Parameters<typeof announceMissingIntros>[0]['uow']>;
    expectTypeOf<keyof AnnounceRepos>().toEqualTypeOf<'communities' | 'deliveries' | 'introductions'>();

    // The full unit of work stands in for any narrowed one; a narrower one cannot stand in for a wider one.
    const full = createMemoryRepositories().uow;
    const auditOnly: UnitOfWork<'audit'> = full;
    // @ts-expect-error a unit of work over 'audit' alone lacks 'questions'
    const wider: UnitOfWork<'audit' | 'questions'> = auditOnly;
    expect(wider).toBe(full);
  });
});
