import type { Application } from '../domain/application.js';
import type { Platform } from '../domain/member.js';
import type { Ports } from '../ports/ports.js';

/** The platform account an applicant writes from. */
export interface ApplicantAccount {
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly platformUserId: string;
}

/** The applicant's own application still under review, for `/apply` run again (null: none). */
export async function getMyApplication(
  deps: Pick<Ports, 'applications'>,
  input: { readonly communityId: string; readonly account: ApplicantAccount },
): Promise<Application | null> {
  return deps.applications.findOpen(input.communityId, {
    platform: input.account.platform,
    workspaceId: input.account.workspaceId,
    platformUserId: input.account.platformUserId,
  });
}
