import { encodeMeaningsJob, type MeaningRunSlot } from '../domain/profile-meanings.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';

/**
 * Queues a run of the club's meaning encoding (`encodeProfileMeanings`): the hourly tick's (no `previous`), or
 * the next run of a chain that left profiles behind (`previous`: the run that did). Deterministic ids
 * (`encodeMeaningsJob`): asking twice queues one run. Without an encoder there is nothing to run.
 */
export async function scheduleProfileMeanings(
  deps: Uow<'communities'> & Pick<Ports, 'clock' | 'jobs' | 'sentences'>,
  input: { readonly communityId: string; readonly previous?: MeaningRunSlot },
): Promise<{ readonly scheduled: boolean }> {
  const community = await deps.uow.run((repos) => loadCommunity(repos, input.communityId));
  if (!deps.sentences) return { scheduled: false };
  await deps.jobs.schedule(encodeMeaningsJob(community.id, deps.clock.now(), input.previous));
  return { scheduled: true };
}
