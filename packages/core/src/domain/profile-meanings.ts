import type { JobRequest } from '../ports/job-queue.js';

/** The job that stores a club's missing sentence meanings (`encodeProfileMeanings`), a budget of profiles a run. */
export const ENCODE_MEANINGS_JOB = 'profiles.encode-meanings';

/** Where a club's encoding runs are: the UTC hour (`YYYY-MM-DDTHH`) and the run's number within it. */
export interface MeaningRunSlot {
  readonly slot: string;
  readonly step: number;
}

/**
 * A run of the club's meaning encoding, id `profiles.encode-meanings:<club>:<UTC hour>:<step>`. The hourly tick
 * asks for step 0 of the current hour; a run that left profiles behind asks for the next step of its hour, or
 * for step 0 when the hour has changed, which is the id the tick asks for: a run still going when the hour
 * turns and that hour's tick end up as one chain, not two working through the same profiles.
 */
export function encodeMeaningsJob(communityId: string, now: Date, previous?: MeaningRunSlot): JobRequest {
  const slot = now.toISOString().slice(0, 13);
  const step = previous && previous.slot === slot ? previous.step + 1 : 0;
  return {
    name: ENCODE_MEANINGS_JOB,
    id: `${ENCODE_MEANINGS_JOB}:${communityId}:${slot}:${step}`,
    data: { communityId, slot, step },
    runAt: now,
  };
}
