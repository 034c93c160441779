import { type DecisionDeliveryDeps, deliverDecision } from './deliver-application-decision.js';
import type { NotifyResult } from './notify-member.js';

/**
 * Sends the applicant the DM for their application's current state (see `deliverApplicationDecision`), once per
 * decision, without throwing: the decision stands whatever happens to the message, so a failed send is returned
 * (it stays pending in deliveries, and the decision's `application.decision` job sends it later). The decision
 * use cases call it themselves right after committing; calling it again sends nothing. Null: the state tells
 * the applicant nothing (pending, withdrawn).
 */
export async function sendApplicationDecision(
  deps: DecisionDeliveryDeps,
  input: { readonly communityId: string; readonly applicationId: string },
): Promise<NotifyResult | null> {
  return deliverDecision(deps, input, 'return');
}
