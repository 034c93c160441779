import { describe, expect, it } from 'vitest';
import type { Question } from '../../domain/question.js';
import { questionCardKey, questionCardState } from '../../domain/question-card.js';
import { randomIds } from '../../ports/ids.js';
import { openContractClub } from './contract-club.js';
import type { ContractSubject } from './repositories.contract.js';

const HOUR = 3_600_000;
const utc = (iso: string) => new Date(iso);

/**
 * The bot's channel posts: one claim per club, key and platform, taking over a stale unposted claim, a compare-and-set
 * of what the message shows, and the staff cards due (new waiting questions, cards whose question changed).
 */
export function describeChannelPostContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`channel posts: ${name}`, () => {
    const { repos, club, member, question } = openContractClub(open, {
      slugPrefix: 'posts',
      name: 'Posts',
      questionBody: '怎么定价？',
    });

    it('claims a key once per platform, records the message and swaps what it shows only from the expected state', async () => {
      const c = await club();
      const t0 = utc('2026-03-01T00:00:00Z');
      const claim = {
        communityId: c,
        key: 'digest:2026-W10',
        workspaceId: 'T1',
        channelId: 'C1',
        state: 'new',
        claimedAt: t0,
      };
      expect(await repos.channelPosts.claim({ ...claim, platform: 'slack' })).toBe(true);
      expect(await repos.channelPosts.claim({ ...claim, platform: 'slack' })).toBe(false);
      expect(await repos.channelPosts.claim({ ...claim, platform: 'discord' })).toBe(true);
      expect(await repos.channelPosts.get(c, claim.key, 'slack')).toMatchObject({ messageId: null, postedAt: null });

      // A fresh claim is not stale; one older than the bound is taken over once.
      expect(await repos.channelPosts.reclaimStale(c, claim.key, 'slack', t0, t0)).toBe(false);
      const later = new Date(t0.getTime() + HOUR);
      expect(await repos.channelPosts.reclaimStale(c, claim.key, 'slack', later, later)).toBe(true);
      expect(await repos.channelPosts.reclaimStale(c, claim.key, 'slack', later, later)).toBe(false);

      await repos.channelPosts.recordPosted(
        c,
        claim.key,
        'slack',
        { channelId: 'C1', messageId: '1.1', state: 's1' },
        later,
      );
      expect(await repos.channelPosts.get(c, claim.key, 'slack')).toMatchObject({
        messageId: '1.1',
        state: 's1',
        postedAt: later,
        claimedAt: later,
      });
      // A posted message is never released nor taken over.
      await repos.channelPosts.release(c, claim.key, 'slack');
      const much = new Date(t0.getTime() + 10 * HOUR);
      expect(await repos.channelPosts.reclaimStale(c, claim.key, 'slack', much, much)).toBe(false);
      expect(await repos.channelPosts.get(c, claim.key, 'slack')).not.toBeNull();

      expect(await repos.channelPosts.swapState(c, claim.key, 'slack', 'other', 's2')).toBe(false);
      expect(await repos.channelPosts.swapState(c, claim.key, 'slack', 's1', 's2')).toBe(true);
      expect((await repos.channelPosts.get(c, claim.key, 'slack'))?.state).toBe('s2');

      // An unposted claim is released, and can be claimed again.
      await repos.channelPosts.release(c, claim.key, 'discord');
      expect(await repos.channelPosts.get(c, claim.key, 'discord')).toBeNull();
      expect(await repos.channelPosts.claim({ ...claim, platform: 'discord' })).toBe(true);
      expect(await repos.channelPosts.get(await club(), claim.key, 'discord')).toBeNull();
    });

    it('lists the staff cards due: new waiting questions, stale claims, and cards whose question changed', async () => {
      const c = await club();
      const m = await member(c);
      const coach = await member(c);
      const t0 = utc('2026-03-10T00:00:00Z');
      const at = (h: number) => new Date(t0.getTime() + h * HOUR);
      const open = question(c, m, at(3));
      const claimed = question(c, m, at(2), { status: 'claimed', claimedBy: coach });
      const answeredNoCard = question(c, m, at(1), {
        status: 'answered',
        answer: 'a',
        answeredBy: coach,
        answeredAt: at(4),
      });
      const tooOld = question(c, m, at(-100));
      const postedSame = question(c, m, at(4));
      const postedChanged = question(c, m, at(-30), {
        status: 'answered',
        answer: 'a',
        answeredBy: coach,
        answeredAt: at(5),
      });
      const staleClaim = question(c, m, at(5));
      const freshClaim = question(c, m, at(6));
      const activeTooOld = question(c, m, at(-300), { status: 'closed' });
      for (const q of [
        open,
        claimed,
        answeredNoCard,
        tooOld,
        postedSame,
        postedChanged,
        staleClaim,
        freshClaim,
        activeTooOld,
      ]) {
        await repos.questions.create(q);
      }
      const other = await club();
      await repos.questions.create(question(other, await member(other), at(3)));

      const post = async (q: Question, state: string | null, claimedAt: Date) => {
        const key = questionCardKey(q.id);
        await repos.channelPosts.claim({
          communityId: c,
          key,
          platform: 'discord',
          workspaceId: 'G',
          channelId: 'C',
          state: 'x',
          claimedAt,
        });
        if (state)
          await repos.channelPosts.recordPosted(
            c,
            key,
            'discord',
            { channelId: 'C', messageId: `m-${q.id}`, state },
            claimedAt,
          );
      };
      await post(postedSame, questionCardState(postedSame), at(4));
      await post(postedChanged, questionCardState({ status: 'open', claimedBy: null, answeredBy: null }), at(-30));
      await post(staleClaim, null, at(5));
      await post(freshClaim, null, at(7));
      await post(activeTooOld, 'open::', at(-300));

      const window = { newSince: at(-48), activeSince: at(-200), staleBefore: at(6) };
      const due = await repos.channelPosts.questionCardsDue(c, 'discord', window, 10);
      expect(due.map((d) => d.question.id)).toEqual([postedChanged.id, claimed.id, open.id, staleClaim.id]);
      expect(due[0]?.post).toMatchObject({ messageId: `m-${postedChanged.id}`, state: 'open::' });
      expect(due[1]?.post).toBeNull();
      expect(due[1]?.question).toMatchObject({ status: 'claimed', claimedBy: coach });
      expect(due[3]?.post).toMatchObject({ messageId: null });
      // Another platform has no cards yet: only the new waiting questions.
      const slack = await repos.channelPosts.questionCardsDue(c, 'slack', window, 10);
      expect(slack.map((d) => d.question.id)).toEqual([
        claimed.id,
        open.id,
        postedSame.id,
        staleClaim.id,
        freshClaim.id,
      ]);
      expect((await repos.channelPosts.questionCardsDue(c, 'slack', window, 2)).length).toBe(2);
    });

    it('lists the posted cards whose question is gone, until they show the removed state', async () => {
      const c = await club();
      const m = await member(c);
      const t0 = utc('2026-03-10T00:00:00Z');
      const kept = question(c, m, t0);
      await repos.questions.create(kept);
      const gone = randomIds.id();
      const card = async (key: string, posted: boolean, at: Date) => {
        await repos.channelPosts.claim({
          communityId: c,
          key,
          platform: 'slack',
          workspaceId: 'T',
          channelId: 'C',
          state: 'x',
          claimedAt: at,
        });
        if (posted)
          await repos.channelPosts.recordPosted(
            c,
            key,
            'slack',
            { channelId: 'C', messageId: `m-${key}`, state: 'open::' },
            at,
          );
      };
      await card(questionCardKey(kept.id), true, t0);
      await card(questionCardKey(gone), true, new Date(t0.getTime() + HOUR));
      await card(questionCardKey(randomIds.id()), false, t0);
      await card('question:not-a-uuid', true, new Date(t0.getTime() + 2 * HOUR));
      await card(questionCardKey(randomIds.id()), true, new Date(t0.getTime() - 100 * HOUR));
      await card('digest:2026-W10:en', true, t0);

      const since = new Date(t0.getTime() - 10 * HOUR);
      const orphans = await repos.channelPosts.orphanQuestionCards(c, 'slack', since, 'removed', 10);
      expect(orphans.map((p) => p.key)).toEqual([questionCardKey(gone), 'question:not-a-uuid']);
      expect(await repos.channelPosts.orphanQuestionCards(c, 'discord', since, 'removed', 10)).toEqual([]);
      await repos.channelPosts.swapState(c, questionCardKey(gone), 'slack', 'open::', 'removed');
      const left = await repos.channelPosts.orphanQuestionCards(c, 'slack', since, 'removed', 1);
      expect(left.map((p) => p.key)).toEqual(['question:not-a-uuid']);
    });
  });
}
