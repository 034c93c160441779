import type { Cohort } from '../domain/vitality.js';
import type { Ports } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

export interface CohortFigures extends Cohort {
  /** retained / matured; null before any member of the cohort finished a first year. */
  readonly retainedShare: number | null;
  /** renewed / renewalDue; null before any renewal was due. */
  readonly renewalRate: number | null;
  /** contributed / members. */
  readonly contributedShare: number | null;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Cohorts by join month for staff: size, share still members after the first year, renewal rate and share who
 * ever contributed, oldest first — one aggregate over each member's cohort facts, as of now.
 */
export async function getCohorts(
  deps: Pick<Ports, 'communities' | 'vitality' | 'clock'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<{ readonly timezone: string; readonly cohorts: readonly CohortFigures[] }> {
  requireRole(input.actor, input.communityId, ['moderator', 'coach']);
  const community = await loadCommunity(deps, input.communityId);
  const { timezone, graceDays } = community.settings;
  const cohorts = await deps.vitality.cohorts(community.id, { timezone, graceDays }, deps.clock.now());
  return {
    timezone,
    cohorts: cohorts.map((c) => ({
      ...c,
      retainedShare: share(c.retained, c.matured),
      renewalRate: share(c.renewed, c.renewalDue),
      contributedShare: share(c.contributed, c.members),
    })),
  };
}
