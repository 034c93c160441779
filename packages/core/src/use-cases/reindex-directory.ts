import type { Uow } from '../ports/ports.js';
import { DIRECTORY_INDEX_VERSION, directoryIndex } from '../rules/directory-index.js';

/**
 * Brings every profile's directory index up to `DIRECTORY_INDEX_VERSION` (after the migration that added it,
 * or after the vocabulary changed), a batch per transaction so it never holds a club in memory. Profiles
 * saved meanwhile are indexed on save. Returns how many were re-indexed. Safe to run again or concurrently.
 */
export async function reindexDirectory(
  deps: Uow<'members' | 'profiles'>,
  input: { readonly batchSize?: number; readonly maxBatches?: number } = {},
): Promise<{ readonly reindexed: number }> {
  const batchSize = Math.min(Math.max(1, input.batchSize ?? 500), 5_000);
  const maxBatches = input.maxBatches ?? Number.POSITIVE_INFINITY;
  let reindexed = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const done = await deps.uow.run(async (repos) => {
      const stale = await repos.profiles.listStaleIndex(DIRECTORY_INDEX_VERSION, batchSize);
      for (const profile of stale) {
        const member = await repos.members.get(profile.communityId, profile.memberId);
        await repos.profiles.saveIndex(profile.communityId, profile.memberId, directoryIndex(profile, member));
      }
      return stale.length;
    });
    reindexed += done;
    if (done < batchSize) break;
  }
  return { reindexed };
}
