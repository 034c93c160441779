import type { JobQueue, NotifyIntroResult } from '@snowball/core';
import type { JobContext } from '../job-context.js';
import { textField } from '../job-data.js';
import { JOB } from '../job-names.js';

/** The stages of an introduction that members are told about. */
export type IntroStage = 'proposed' | 'introduced';

/** One job per introduction and stage: `intro-notify:<id>:<stage>`, so scheduling it again is harmless. */
export function introNotifyJobId(introductionId: string, stage: IntroStage): string {
  return `intro-notify:${introductionId}:${stage}`;
}

/** Queues the announcement of an introduction (both members, each in their language) to run now. */
export async function scheduleIntroNotify(
  jobs: JobQueue,
  input: {
    readonly communityId: string;
    readonly introductionId: string;
    readonly stage: IntroStage;
    readonly at: Date;
  },
): Promise<void> {
  await jobs.schedule({
    name: JOB.introNotify,
    id: introNotifyJobId(input.introductionId, input.stage),
    data: { communityId: input.communityId, introductionId: input.introductionId },
    runAt: input.at,
  });
}

/**
 * `intro.notify` (data `{ communityId, introductionId }`): tells both members about the introduction at its
 * current stage; each message is claimed under its own delivery key, so a rerun sends nothing twice.
 */
export async function notifyIntroJob(
  ctx: Pick<JobContext, 'core'>,
  data: Readonly<Record<string, unknown>>,
): Promise<NotifyIntroResult> {
  return ctx.core.notifyIntro({
    communityId: textField(data, 'communityId'),
    introductionId: textField(data, 'introductionId'),
  });
}
