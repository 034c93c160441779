import { type Community, DEFAULT_SETTINGS, isDomainError } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../job-context.js';
import { JOB, JOBS } from '../job-list.js';
import { globalSchedulerSpecs, weeklyDigestSpec } from '../schedules/periodic-jobs.js';
import { sendWeeklyDigestJob } from './send-weekly-digest.job.js';
import { syncQuestionCardsJob } from './sync-question-cards.job.js';

const club = (id: string, settings: Partial<Community['settings']> = {}): Community => ({
  id,
  slug: id,
  name: id,
  settings: { ...DEFAULT_SETTINGS, ...settings },
  createdAt: new Date(0),
});

function recordingCore() {
  const calls: unknown[] = [];
  const core = new Proxy({}, { get: (_t, name) => async (input: unknown) => calls.push([name, input]) });
  return { calls, core: core as never };
}

describe('the channel post jobs', () => {
  it('are on the job list, with the staff cards every minute and the digest Mondays 09:00 club time', () => {
    expect(JOBS.map((j) => j.name)).toEqual(expect.arrayContaining([JOB.questionCards, JOB.weeklyDigest]));
    expect(globalSchedulerSpecs().find((s) => s.name === JOB.questionCards)?.repeat).toEqual({ every: 60_000 });
    expect(weeklyDigestSpec(club('c1', { timezone: 'Europe/Berlin' }))).toEqual({
      id: 'weekly-digest.c1',
      name: 'weekly-digest.send',
      data: { communityId: 'c1' },
      repeat: { pattern: '0 9 * * 1', tz: 'Europe/Berlin' },
    });
  });

  it('syncs the cards of the clubs with a staff channel only', async () => {
    const { calls, core } = recordingCore();
    const communities = {
      list: async () => [club('a', { staffChannels: { slack: 'C0STAFF' } }), club('b')],
    };
    await syncQuestionCardsJob.run({ core, communities, logger: silentLogger }, {});
    expect(calls).toEqual([['syncQuestionCards', { communityId: 'a' }]]);
  });

  it('sends the digest of the club the job names, and refuses data without one for good', async () => {
    const { calls, core } = recordingCore();
    await sendWeeklyDigestJob.run({ core }, { communityId: 'c1' });
    expect(calls).toEqual([['sendWeeklyDigest', { communityId: 'c1' }]]);
    const error = await sendWeeklyDigestJob.run({ core }, {}).catch((e: unknown) => e);
    expect(isDomainError(error)).toBe(true);
  });
});
